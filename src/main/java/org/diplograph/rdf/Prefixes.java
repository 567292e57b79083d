package org.diplograph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.diplograph.ontology.DG;
import org.diplograph.ontology.Iris;

/** The prefixes Diplograph's output uses, so that Turtle and TriG read well. */
public final class Prefixes {

    private Prefixes() {
    }

    /** A fresh mapping with Diplograph's prefixes. */
    public static PrefixMapping mapping() {
        PrefixMapping m = PrefixMapping.Factory.create();
        apply(m);
        return m;
    }

    public static void apply(PrefixMapping m) {
        m.setNsPrefix("dg", DG.NS);
        m.setNsPrefix("cameo", DG.CAMEO);
        m.setNsPrefix("dct", "http://purl.org/dc/terms/");
        m.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        m.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        m.setNsPrefix("country", Iris.BASE + "country/");
        m.setNsPrefix("org", Iris.BASE + "org/");
        m.setNsPrefix("person", Iris.BASE + "person/");
        m.setNsPrefix("source", Iris.BASE + "source/");
        m.setNsPrefix("delegation", Iris.BASE + "delegation/");
        m.setNsPrefix("event", Iris.BASE + "event/");
        m.setNsPrefix("gathering", Iris.BASE + "gathering/");
        m.setNsPrefix("article", Iris.BASE + "article/");
        m.setNsPrefix("graph", Iris.GRAPHS);
    }
}
