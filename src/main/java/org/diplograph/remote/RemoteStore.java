package org.diplograph.remote;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
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

    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429, 502, 503, 504);
    private static final int UPDATE_CHUNK = 500;

    private final URI endpoint;
    private final URI graphStore;
    private final Credentials credentials;
    private final HttpClient http;

    private RemoteStore(URI endpoint, URI graphStore, Credentials credentials) {
        this.endpoint = endpoint;
        this.graphStore = graphStore;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
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
        check(endpoint, "--endpoint", credentials, insecure);
        if (graphStore != null) {
            check(graphStore, "--graph-store", credentials, insecure);
        }
        return new RemoteStore(endpoint, graphStore, credentials);
    }

    private static void check(URI url, String option, Credentials credentials, boolean insecure) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(option + " " + display(url) + ": not an http:// or https:// URL");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(option + " " + display(url) + ": put the user name in --user and the"
                    + " password in an environment variable named by --password-env, not in the URL");
        }
        if (credentials != null && scheme.equals("http") && !insecure) {
            throw new IllegalArgumentException(option + " " + display(url) + ": refusing to send the password of "
                    + credentials.user() + " over plain http; use https, or add --insecure if you trust the network");
        }
    }

    /** A URL as it may be printed: without user information. */
    public static String display(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null)
                    .toString();
        } catch (java.net.URISyntaxException e) {
            return "(unprintable URL)";
        }
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
        send(request, "PUT " + graphName);
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
            send(request, "SPARQL Update of " + graphName);
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
            String body = send(request, "counting triples");
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

    /** Sends the request (answering an authentication challenge); returns the body of a 2xx response. */
    private String send(HttpRequest request, String what) {
        String where = display(request.uri());
        HttpResponse<String> response;
        try {
            response = AuthLib.authExecute(http, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpException e) {
            if (e.getStatusCode() == 401) {
                throw unauthorised(where, what);
            }
            throw new RemoteException(where + ": " + what + " failed: cannot reach the server ("
                    + reason(e) + ")", ioFailure(e), e);
        } catch (RuntimeException e) {
            throw new RemoteException(where + ": " + what + " failed (" + reason(e) + ")", ioFailure(e), e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        if (status == 401) {
            throw unauthorised(where, what);
        }
        String message = where + ": " + what + " failed: HTTP " + status + excerpt(response.body());
        if (TRANSIENT.contains(status)) {
            Duration after = response.headers().firstValue("Retry-After").flatMap(RemoteStore::seconds).orElse(null);
            throw new RetryPolicy.Throttled(message, status, after);
        }
        throw new RemoteException(message, false, status, null);
    }

    private RemoteException unauthorised(String where, String what) {
        return new RemoteException(where + ": " + what + " failed: HTTP 401 Unauthorized ("
                + (credentials == null ? "the server wants a user name and password: give --user and --password-env"
                : "the server did not accept the password of " + credentials.user()) + ")", false, 401, null);
    }

    private static java.util.Optional<Duration> seconds(String header) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean ioFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Why a request got no answer, in words: "connection refused", "unknown host example.org", … */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (t instanceof java.net.http.HttpConnectTimeoutException) {
                return "no connection within 10 s";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS failure: " + t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return (m == null || m.isBlank() ? root.getClass().getSimpleName().replace("Exception", "") : m)
                .replaceAll("\\s+", " ");
    }

    /** The first line of an error body, short, so that a server's HTML error page does not flood the terminal. */
    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String lower = body.toLowerCase(Locale.ROOT);
        String text = (lower.contains("<html") || lower.contains("<!doctype") ? body.replaceAll("<[^>]*>", " ") : body)
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : " (" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + ")";
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
