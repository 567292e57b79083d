package org.diplograph.rdf;

import org.apache.jena.rdf.model.Model;

/** What one article says, as an RDF graph, and the name of the graph it goes into. */
public record ArticleGraph(String name, String articleIri, String identifier, Model model) {
}
