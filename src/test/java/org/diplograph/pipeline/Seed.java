package org.diplograph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.diplograph.article.ArticleFiles;

/** The seed article's extraction, shared by the tests that check it, with the union of its graphs as default graph. */
public final class Seed {

    public static final Path FILE = Path.of("seeds/2021-12-15-pakistan-us-democracy-summit.txt");
    public static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static Dataset dataset;

    private Seed() {
    }

    /** The seed's graphs (article and reference), with their union copied into the default graph. */
    public static synchronized Dataset dataset() {
        if (dataset == null) {
            List<String> problems = new ArrayList<>();
            Dataset ds = Diplograph.create().extractAll(
                    List.of(new ArticleFiles.Input(FILE, FILE.getFileName().toString())), problems, n -> { });
            if (!problems.isEmpty()) {
                throw new IllegalStateException("seed not read: " + problems);
            }
            ds.listNames().forEachRemaining(n -> ds.getDefaultModel().add(ds.getNamedModel(n)));
            dataset = ds;
        }
        return dataset;
    }

    public static boolean ask(String where) {
        try (QueryExecution q = QueryExecution.dataset(dataset()).query(PREFIXES + "ASK {" + where + "}").build()) {
            return q.execAsk();
        }
    }

    public static int count(String where) {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE {" + where + "}";
        try (QueryExecution q = QueryExecution.dataset(dataset()).query(query).build()) {
            return q.execSelect().next().getLiteral("n").getInt();
        }
    }

    /** A query's result as a table, for failure messages. */
    public static String table(String select) {
        try (QueryExecution q = QueryExecution.dataset(dataset()).query(PREFIXES + select).build()) {
            ResultSet r = q.execSelect();
            return ResultSetFormatter.asText(r);
        }
    }
}
