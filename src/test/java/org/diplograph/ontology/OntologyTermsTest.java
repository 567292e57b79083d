package org.diplograph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.model.EventType;
import org.diplograph.pipeline.Seed;
import org.junit.jupiter.api.Test;

/**
 * Keeps the ontology, the vocabulary class, the shapes, the queries and the output in step: every dg: term used
 * anywhere must be declared in {@code ontology/diplograph.ttl} with a label and a comment.
 */
class OntologyTermsTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplograph.ttl");
    private static final Pattern DG_TERM = Pattern.compile("\\bdg:([A-Za-z][A-Za-z0-9_]*)");

    private static boolean declared(String iri) {
        Resource r = ONTOLOGY.createResource(iri);
        return ONTOLOGY.contains(r, RDF.type, (RDFNode) null);
    }

    private static void assertAllDeclared(String where, Set<String> iris) {
        Set<String> missing = new TreeSet<>();
        iris.forEach(i -> {
            if (!declared(i)) {
                missing.add(i);
            }
        });
        assertTrue(missing.isEmpty(), where + " uses terms the ontology does not declare: " + missing);
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field f : DG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                iris.add(((Resource) f.get(null)).getURI());
            }
        }
        assertTrue(iris.size() > 40);
        assertAllDeclared("DG.java", iris);
    }

    @Test
    void everyEventTypeIsAClassWithItsCameoCode() {
        for (EventType t : EventType.values()) {
            Resource c = ONTOLOGY.createResource(DG.NS + t.localName());
            assertTrue(ONTOLOGY.contains(c, RDF.type, OWL.Class), t.localName());
            assertTrue(ONTOLOGY.contains(c, ONTOLOGY.createProperty(DG.NS + "cameo"), (RDFNode) null), t + " has dg:cameo");
        }
    }

    @Test
    void queriesAndShapesUseOnlyDeclaredTerms() throws IOException {
        Set<String> iris = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path q : files.toList()) {
                iris.addAll(terms(Files.readString(q)));
            }
        }
        assertAllDeclared("queries/*.rq", iris);
        assertAllDeclared("ontology/shapes.ttl", terms(Files.readString(Path.of("ontology/shapes.ttl"))));
    }

    @Test
    void theSeedOutputUsesOnlyDeclaredTerms() {
        Set<String> iris = new TreeSet<>();
        Seed.dataset().getDefaultModel().listStatements().forEachRemaining(s -> {
            if (s.getPredicate().getURI().startsWith(DG.NS)) {
                iris.add(s.getPredicate().getURI());
            }
            if (s.getObject().isURIResource() && s.getObject().asResource().getURI().startsWith(DG.NS)) {
                iris.add(s.getObject().asResource().getURI());
            }
        });
        assertTrue(iris.size() > 20, "terms used: " + iris);
        assertAllDeclared("the seed's graph", iris);
    }

    @Test
    void everyClassAndPropertyHasLabelAndComment() {
        Set<String> bare = new TreeSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (!r.hasProperty(RDFS.label) || !r.hasProperty(RDFS.comment)) {
                    bare.add(r.getURI());
                }
            });
        }
        assertEquals(Set.of(), bare, "terms without label or comment");
    }

    private static Set<String> terms(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = DG_TERM.matcher(text);
        while (m.find()) {
            out.add(DG.NS + m.group(1));
        }
        return out;
    }
}
