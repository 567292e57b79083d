package org.diplograph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.pipeline.Seed;
import org.junit.jupiter.api.Test;

/**
 * What an RDFS reasoner concludes from Diplograph's output: Jena's RDFS reasoner over the seed's graphs, the
 * ontology with the CAMEO scheme and the axioms of the aligned vocabularies that decide entailments
 * ({@code src/test/resources/ontology/external-axioms.ttl}). No event may become an instant, a place or an actor;
 * no actor a place; and no node any class beyond its asserted classes and their superclasses (a domain or range
 * that types a node wrongly shows up there).
 */
class OntologyAlignmentTest {

    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String PROV = "http://www.w3.org/ns/prov#";

    /** What an event must never be. */
    private static final Set<String> NOT_EVENTS = Set.of(TIME + "Instant", TIME + "TemporalEntity", SCHEMA + "Place",
            SCHEMA + "Country", SEM + "Place", SEM + "Time", DG.NS + "Place", DG.NS + "Actor", SEM + "Actor",
            PROV + "Agent", DG.NS + "Article", DG.NS + "Evidence", DG.NS + "Role");
    /** What a state, person, delegation or organisation must never be. */
    private static final Set<String> NOT_ACTORS = Set.of(TIME + "Instant", TIME + "TemporalEntity", SCHEMA + "Place",
            SCHEMA + "Country", SCHEMA + "AdministrativeArea", SEM + "Place", SEM + "Time", DG.NS + "Place",
            DG.NS + "DiplomaticEvent", SEM + "Event");

    @Test
    void theRdfsClosureGivesNoNodeAClassItMustNotHave() {
        assertEquals(List.of(), problems(ModelFactory.createDefaultModel()));
    }

    @Test
    void theCheckCatchesTheAlignmentsItReplaced() {
        Model old = ModelFactory.createDefaultModel();
        old.add(old.createResource(DG.NS + "date"), RDFS.subPropertyOf, old.createResource(TIME + "inXSDDate"));
        old.add(old.createResource(DG.NS + "Country"), RDFS.subClassOf, old.createResource(SCHEMA + "Country"));
        String report = String.join("\n", problems(old));
        assertTrue(report.contains("event") && report.contains(TIME + "Instant"), report);
        assertTrue(report.contains("actor") && report.contains(SCHEMA + "Place"), report);
    }

    /** What the closure of the seed's data, the ontology, the external axioms and {@code extra} gets wrong. */
    private static List<String> problems(Model extra) {
        Model data = ModelFactory.createDefaultModel().add(Seed.dataset().getDefaultModel());
        Model schema = ModelFactory.createDefaultModel()
                .add(RDFDataMgr.loadModel("ontology/diplograph.ttl"))
                .add(RDFDataMgr.loadModel("ontology/cameo.ttl"))
                .add(RDFDataMgr.loadModel("src/test/resources/ontology/external-axioms.ttl"))
                .add(extra);
        InfModel closure = ModelFactory.createRDFSModel(schema, data);
        List<String> out = new ArrayList<>();
        closure.listSubjectsWithProperty(closure.createProperty(DG.NS + "cameoCode")).forEachRemaining(event ->
                forbidden(closure, event, NOT_EVENTS).forEach(t -> out.add("event " + event + " becomes " + t)));
        Set<Resource> actors = new HashSet<>();
        data.listObjectsOfProperty(closure.createProperty(DG.NS + "participant")).forEachRemaining(a -> actors.add(a.asResource()));
        data.listObjectsOfProperty(closure.createProperty(DG.NS + "organizer")).forEachRemaining(a -> actors.add(a.asResource()));
        assertTrue(actors.size() >= 5, "actors: " + actors);
        for (Resource actor : actors) {
            forbidden(closure, actor, NOT_ACTORS).forEach(t -> out.add("actor " + actor + " becomes " + t));
        }
        data.listSubjectsWithProperty(RDF.type).forEachRemaining(node -> {
            if (node.isURIResource() && node.getURI().startsWith(DG.NS)) {
                return; // the ontology's own terms
            }
            Set<String> allowed = new HashSet<>(List.of(RDFS.Resource.getURI()));
            data.listObjectsOfProperty(node, RDF.type).forEachRemaining(t ->
                    closure.listObjectsOfProperty(t.asResource(), RDFS.subClassOf).forEachRemaining(s -> allowed.add(s.toString())));
            data.listObjectsOfProperty(node, RDF.type).forEachRemaining(t -> allowed.add(t.toString()));
            Set<String> extraTypes = new TreeSet<>();
            closure.listObjectsOfProperty(node, RDF.type).forEachRemaining(t -> {
                if (!allowed.contains(t.toString())) {
                    extraTypes.add(t.toString());
                }
            });
            if (!extraTypes.isEmpty()) {
                out.add(node + " becomes " + extraTypes + " beyond its classes " + data.listObjectsOfProperty(node, RDF.type).toList());
            }
        });
        return out;
    }

    private static Set<String> forbidden(Model closure, Resource node, Set<String> forbidden) {
        Set<String> out = new TreeSet<>();
        closure.listObjectsOfProperty(node, RDF.type).forEachRemaining(t -> {
            if (forbidden.contains(t.toString())) {
                out.add(t.toString());
            }
        });
        return out;
    }
}
