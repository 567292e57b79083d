package org.diplograph.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;

/**
 * A SPARQL store reached over HTTP: named graphs are replaced with the Graph Store Protocol ({@code PUT
 * …?graph=IRI}) or, where that is absent, by SPARQL Update, whole or not at all ({@link GraphUpdate}). User name and
 * password, when given, answer the server's Basic or Digest challenge (Jena's {@link AuthLib}); they, or a bearer
 * token, are sent over plain http only when the caller allowed it.
 */
public final class RemoteStore implements AutoCloseable {

    private final URI endpoint;
    private final URI graphStore;
    private final Credentials credentials;
    private final HttpCall http;
    private final GraphUpdate updates;

    private RemoteStore(URI endpoint, URI graphStore, RemoteSettings settings) {
        this.endpoint = endpoint;
        this.graphStore = graphStore;
        this.credentials = settings.credentials();
        this.http = new HttpCall(settings);
        this.updates = new GraphUpdate(endpoint, http);
        if (credentials != null) {
            AuthEnv.get().registerUsernamePassword(endpoint, credentials.user(), credentials.password());
            if (graphStore != null) {
                AuthEnv.get().registerUsernamePassword(graphStore, credentials.user(), credentials.password());
            }
        }
    }

    /**
     * @param endpoint   SPARQL endpoint (queries, and updates when there is no graph store)
     * @param graphStore Graph Store Protocol endpoint, or null
     * @throws IllegalArgumentException for URLs that are not http(s), carry a user name, or would send a password
     *                                  or token in clear text without {@code insecure}
     */
    public static RemoteStore connect(URI endpoint, URI graphStore, RemoteSettings settings) {
        RemoteUrls.check(endpoint, "--endpoint", settings);
        if (graphStore != null) {
            RemoteUrls.check(graphStore, "--graph-store", settings);
        }
        return new RemoteStore(endpoint, graphStore, settings);
    }

    /** A URL as it may be printed: without user information. */
    public static String display(URI url) {
        return RemoteUrls.display(url);
    }

    public URI endpoint() {
        return endpoint;
    }

    public URI graphStore() {
        return graphStore;
    }

    /** Replaces the named graph by a Graph Store Protocol PUT to the graph store (one request: whole or not at all). */
    public void put(String graphName, Graph graph, RetryPolicy.Runner run) {
        URI target = URI.create(graphStore + (graphStore.getRawQuery() == null ? "?" : "&") + "graph="
                + URLEncoder.encode(graphName, StandardCharsets.UTF_8));
        // N-Triples is Turtle too, and every Graph Store accepts text/turtle; no prefixes or abbreviations for
        // stores with older Turtle parsers to trip over.
        HttpRequest request = http.request(target)
                .header("Content-Type", "text/turtle; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples(graph))).build();
        try {
            run.run(() -> http.send(request, "PUT " + graphName));
        } catch (RemoteException e) {
            throw e.outcomeUnknown() ? e.adding("; the remote store holds " + graphName + " either as before or as"
                    + " sent (no answer)") : e.adding("; " + graphName + " is unchanged on the remote"
                    + " store");
        }
    }

    /** Replaces the named graph by SPARQL Update to the endpoint, whole or not at all (see {@link GraphUpdate}). */
    public void update(String graphName, Graph graph, RetryPolicy.Runner run) {
        updates.replace(graphName, graph, run);
    }

    /** How many triples the store holds in each of the graphs (absent graphs count 0). */
    public Map<String, Long> tripleCounts(List<String> graphs) {
        Map<String, Long> counts = new LinkedHashMap<>();
        graphs.forEach(g -> counts.put(g, 0L));
        for (int from = 0; from < graphs.size(); from += 200) {
            StringBuilder values = new StringBuilder();
            graphs.subList(from, Math.min(graphs.size(), from + 200)).forEach(g -> values.append(" <").append(g).append('>'));
            String query = "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g {" + values + " } GRAPH ?g { ?s ?p ?o } }"
                    + " GROUP BY ?g";
            HttpRequest request = http.request(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            String body = http.send(request, "counting triples");
            try {
                ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                        org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
                rows.forEachRemaining(r -> counts.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
            } catch (RuntimeException e) {
                throw new RemoteException(display(endpoint) + ": counting triples after the push failed: the answer"
                        + " is not SPARQL JSON results with ?g and ?n" + HttpCall.excerpt(body) + "; the graphs were"
                        + " sent, but could not be checked (--no-verify skips the check)", false, 200, e);
            }
        }
        return counts;
    }

    private static byte[] ntriples(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (credentials != null) {
            AuthEnv.get().unregisterUsernamePassword(endpoint);
            if (graphStore != null) {
                AuthEnv.get().unregisterUsernamePassword(graphStore);
            }
        }
    }
}
