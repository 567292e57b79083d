package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.ontology.DG;
import org.diplograph.ontology.Iris;

/**
 * The reference graph: states with their ISO codes and names, international organisations with their codes,
 * and the CAMEO concept scheme — facts no article states, shared by all.
 */
public final class ReferenceGraph {

    private ReferenceGraph() {
    }

    /**
     * @param actors the states and organisations to describe
     * @param cameo  whether to include the CAMEO concept scheme and the ontology ({@code ontology/*.ttl})
     */
    public static Model of(Collection<Actor> actors, boolean cameo) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        for (Actor a : actors) {
            if (a.kind() == ActorKind.COUNTRY) {
                m.createResource(Iris.country(a.code()))
                        .addProperty(RDF.type, DG.Country)
                        .addProperty(RDF.type, DG.Actor)
                        .addProperty(RDFS.label, a.label())
                        .addProperty(DG.iso3, a.code());
            } else if (a.kind() == ActorKind.ORGANIZATION) {
                m.createResource(Iris.organization(a.code()))
                        .addProperty(RDF.type, DG.InternationalOrganization)
                        .addProperty(RDF.type, DG.Actor)
                        .addProperty(RDFS.label, a.label())
                        .addProperty(DG.code, a.code());
            }
        }
        if (cameo) {
            m.add(resource("/ontology/cameo.ttl"));
            m.add(resource("/ontology/diplograph.ttl"));
        }
        return m;
    }

    /** A Turtle file shipped with Diplograph ({@code ontology/…}). */
    public static Model resource(String name) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ReferenceGraph.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return m;
    }
}
