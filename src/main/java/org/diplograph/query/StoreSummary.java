package org.diplograph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Counts of what a store holds: articles, actors by class, events by class. Run inside a read transaction. */
public record StoreSummary(long articles, Map<String, Long> actors, Map<String, Long> events) {

    private static final String PREFIX = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    public static StoreSummary of(Dataset dataset) {
        long articles = count(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a dg:Article }");
        Map<String, Long> actors = grouped(dataset, "SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {"
                + " ?e dg:participant ?x . ?x a ?class . FILTER(?class IN (dg:Country, dg:Person, dg:Delegation,"
                + " dg:InternationalOrganization)) } GROUP BY ?class ORDER BY DESC(?n) ?class");
        Map<String, Long> events = grouped(dataset, "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {"
                + " ?e a ?class ; dg:cameoCode ?code } GROUP BY ?class ORDER BY DESC(?n) ?class");
        return new StoreSummary(articles, actors, events);
    }

    public long eventCount() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIX + query).build()) {
            ResultSet r = q.execSelect();
            return r.hasNext() ? r.next().getLiteral("n").getLong() : 0;
        }
    }

    private static Map<String, Long> grouped(Dataset ds, String query) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (QueryExecution q = QueryExecution.dataset(ds).query(PREFIX + query).build()) {
            ResultSet r = q.execSelect();
            while (r.hasNext()) {
                QuerySolution s = r.next();
                out.put(s.getResource("class").getLocalName(), s.getLiteral("n").getLong());
            }
        }
        return out;
    }
}
