package org.diplograph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplograph.ontology.Iris;

/**
 * Finds the named graphs of articles from what a user knows about them: the article identifier (its path as
 * loaded, e.g. {@code 2021-12-15-pakistan-us-democracy-summit.txt}), the article or graph IRI, or the 16-digit
 * key. Values are bound to the query, never spliced into it. Run inside a read transaction.
 */
public final class ArticleIndex {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{16}");
    private static final String BY_IDENTIFIER = """
            PREFIX dg: <https://w3id.org/diplograph/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a dg:Article ; dct:identifier ?id } } ORDER BY ?g
            """;

    private ArticleIndex() {
    }

    /** The article graphs {@code reference} names; empty when it names none in this store. */
    public static List<String> graphs(Dataset dataset, String reference) {
        String ref = reference.strip();
        if (ref.startsWith("<") && ref.endsWith(">")) {
            ref = ref.substring(1, ref.length() - 1);
        }
        Set<String> found = new LinkedHashSet<>();
        String articleGraphs = Iris.GRAPHS + "article/";
        String articles = Iris.BASE + "article/";
        if (ref.startsWith(articleGraphs)) {
            found.add(ref);
        } else if (ref.startsWith(articles)) {
            found.add(Iris.articleGraph(ref.substring(articles.length())));
        } else if (KEY.matcher(ref).matches()) {
            found.add(Iris.articleGraph(ref));
        }
        found.removeIf(g -> !dataset.containsNamedModel(g));
        if (found.isEmpty()) {
            found.addAll(byIdentifier(dataset, ref));
        }
        return List.copyOf(found);
    }

    private static List<String> byIdentifier(Dataset dataset, String identifier) {
        List<String> out = new ArrayList<>();
        try (QueryExecution q = QueryExecution.dataset(dataset).query(BY_IDENTIFIER)
                .substitution("id", ResourceFactory.createPlainLiteral(identifier)).build()) {
            q.execSelect().forEachRemaining(s -> out.add(s.getResource("g").getURI()));
        }
        return out;
    }
}
