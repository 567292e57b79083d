package org.diplograph.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A SPARQL store reached over HTTP: named graphs are replaced with the Graph Store Protocol ({@code PUT
 * …?graph=IRI}) or, where that is absent, with one SPARQL Update request per graph ({@code DROP SILENT GRAPH;
 * INSERT DATA}). User name and password, when given, answer the server's Basic or Digest challenge (Jena's
 * {@link AuthLib}); they are sent over plain http only when the caller allowed it.
 */
public final class RemoteStore implements AutoCloseable {

    private static final int UPDATE_CHUNK = 500;

    private final URI endpoint;
    private final URI graphStore;
    private final Credentials credentials;
    private final HttpCall http;

    private RemoteStore(URI endpoint, URI graphStore, Credentials credentials) {
        this.endpoint = endpoint;
        this.graphStore = graphStore;
        this.credentials = credentials;
        this.http = new HttpCall(credentials);
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
     * @param insecure   allow sending credentials over plain http
     * @throws IllegalArgumentException for URLs that are not http(s), carry a user name, or would send
     *                                  credentials in clear text without {@code insecure}
     */
    public static RemoteStore connect(URI endpoint, URI graphStore, Credentials credentials, boolean insecure) {
        RemoteUrls.check(endpoint, "--endpoint", credentials, insecure);
        if (graphStore != null) {
            RemoteUrls.check(graphStore, "--graph-store", credentials, insecure);
        }
        return new RemoteStore(endpoint, graphStore, credentials);
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

    /** Replaces the named graph by a Graph Store Protocol PUT to the graph store. */
    public void put(String graphName, Graph graph) {
        URI target = URI.create(graphStore + (graphStore.getRawQuery() == null ? "?" : "&") + "graph="
                + URLEncoder.encode(graphName, StandardCharsets.UTF_8));
        // N-Triples is Turtle too, and every Graph Store accepts text/turtle; no prefixes or abbreviations for
        // stores with older Turtle parsers to trip over.
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/turtle; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples(graph))).build();
        http.send(request, "PUT " + graphName);
    }

    /**
     * Replaces the named graph by SPARQL Update to the endpoint: {@code DROP SILENT GRAPH} and the first
     * {@value #UPDATE_CHUNK} triples in one request, the rest in further {@code INSERT DATA} requests (some
     * stores, Virtuoso among them, refuse very large updates). Pushing again repairs a graph left half-sent.
     */
    public void update(String graphName, Graph graph) {
        var g = NodeFactory.createURI(graphName);
        List<org.apache.jena.graph.Triple> triples = graph.find().toList();
        int from = 0;
        do {
            UpdateRequest update = new UpdateRequest();
            if (from == 0) {
                update.add(new UpdateDrop(graphName, true));
            }
            QuadDataAcc data = new QuadDataAcc();
            triples.subList(from, Math.min(triples.size(), from + UPDATE_CHUNK)).forEach(t -> data.addQuad(Quad.create(g, t)));
            if (!triples.isEmpty()) {
                update.add(new UpdateDataInsert(data));
            }
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update.toString(),
                            StandardCharsets.UTF_8))).build();
            http.send(request, "SPARQL Update of " + graphName);
            from += UPDATE_CHUNK;
        } while (from < triples.size());
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
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            String body = http.send(request, "counting triples");
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
            rows.forEachRemaining(r -> counts.put(r.getResource("g").getURI(), r.getLiteral("n").getLong()));
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
