package org.diplograph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * What a store holds, counted: triples per named graph (with the article each holds), instances per class and
 * events per type over the union of all graphs. Run inside a read transaction.
 */
public record StoreStats(List<GraphCount> graphs, long distinctTriples, Map<String, Long> classes,
                         Map<String, Long> eventTypes) {

    /** A named graph, its size, and the identifier of the article it holds (null for other graphs). */
    public record GraphCount(String name, String identifier, long triples) {
    }

    private static final String PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
            + "PREFIX dct: <http://purl.org/dc/terms/>\n";

    public static StoreStats of(Dataset dataset) {
        Map<String, String> identifiers = new HashMap<>();
        select(dataset, "SELECT ?g ?id WHERE { GRAPH ?g { ?a a dg:Article ; dct:identifier ?id } }",
                s -> identifiers.put(s.getResource("g").getURI(), s.getLiteral("id").getLexicalForm()));
        List<GraphCount> graphs = new ArrayList<>();
        select(dataset, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                s -> graphs.add(new GraphCount(s.getResource("g").getURI(), identifiers.get(s.getResource("g").getURI()),
                        s.getLiteral("n").getLong())));
        long[] distinct = new long[1];
        select(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", s -> distinct[0] = s.getLiteral("n").getLong());
        Map<String, Long> classes = new LinkedHashMap<>();
        select(dataset, "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c",
                s -> classes.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
        Map<String, Long> events = new LinkedHashMap<>();
        select(dataset, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c ; dg:cameoCode ?code }"
                        + " GROUP BY ?c ORDER BY DESC(?n) ?c",
                s -> events.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
        return new StoreStats(List.copyOf(graphs), distinct[0], classes, events);
    }

    public long articles() {
        return graphs.stream().filter(g -> g.identifier() != null).count();
    }

    /** Triples summed over the named graphs (a triple in two graphs counts twice). */
    public long quads() {
        return graphs.stream().mapToLong(GraphCount::triples).sum();
    }

    public long events() {
        return eventTypes.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIX + query).build()) {
            ResultSet r = q.execSelect();
            r.forEachRemaining(row);
        }
    }
}
