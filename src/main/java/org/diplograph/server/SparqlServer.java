package org.diplograph.server;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.FusekiServerRunner;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * An embedded Apache Jena Fuseki server over a dataset (the store): SPARQL query and Graph Store Protocol reads at
 * {@code /ds}, the Fuseki UI at {@code /} when asked for. Bound to 127.0.0.1 unless told otherwise; requests must be
 * addressed to it and come from its own origin (or the one {@code --cors} names); writes only when allowed, and then
 * from its own pages or with its token; the admin API is off ({@link RequestGuard}). Every query is bounded in size
 * and time and reaches no other URL ({@link GuardedQuery}, {@link GuardedUpdate}).
 * <p>
 * Fuseki keeps its own small files (shiro.ini, configuration) in {@code FUSEKI_BASE}; this points it at a
 * temporary directory, removed on {@link #close()}, so nothing is written where the user happens to be.
 */
public final class SparqlServer implements AutoCloseable {

    private static final String SHIRO = """
            # Written by Diplograph for its embedded Fuseki server.
            [main]
            localhostFilter=org.apache.jena.fuseki.authz.LocalhostFilter
            [urls]
            /$/server = anon
            /$/ping   = anon
            /$/metrics = anon
            /$/** = localhostFilter
            /** = anon
            """;

    private final FusekiServer server;
    private final Path base;
    private final boolean everywhere;

    private SparqlServer(FusekiServer server, Path base, boolean everywhere) {
        this.server = server;
        this.base = base;
        this.everywhere = everywhere;
    }

    /** Starts serving {@code dataset} (a store's dataset, with the union of its graphs as default graph). */
    public static SparqlServer start(DatasetGraph dataset, ServeSettings settings) {
        return start(dataset, settings, "the store");
    }

    /** @param storeName what the server's root page calls the store */
    public static SparqlServer start(DatasetGraph dataset, ServeSettings settings, String storeName) {
        Path base = privateBase();
        List<String> args = new ArrayList<>(List.of("--port=" + settings.port(), "--empty"));
        if (!settings.everywhere()) {
            args.add("--localhost");
        }
        RequestGuard guard = new RequestGuard(settings, base, storeName);
        FusekiServer server;
        synchronized (SparqlServer.class) {
            System.setProperty("FUSEKI_BASE", base.toString());
            System.setProperty("FUSEKI_SHIRO", base.resolve("shiro.ini").toString());
            server = FusekiServerRunner.builder(args.toArray(String[]::new))
                    // CORS only for the origin --cors names, by RequestGuard; Fuseki's own filter echoes any origin
                    .enableCors(false)
                    // with their content types, which tell a POST to /ds which of them it is
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                            new GuardedQuery(settings.query()))
                    .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                            new GuardedUpdate(settings.query()))
                    .add(ServeSettings.DATASET, dataset, settings.allowUpdates())
                    .addFilter("/*", guard)
                    .build();
        }
        // Form bodies (query=…) are parsed by Jetty itself, past the filter: give Jetty the same limit.
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) Math.min(settings.maxRequestBytes(), Integer.MAX_VALUE));
        }
        try {
            server.start();
            guard.boundTo(server.getHttpPort());
        } catch (RuntimeException e) {
            delete(base);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new ServerException("port " + settings.port() + " is in use (" + t.getMessage()
                            + "); choose another with --port", e);
                }
            }
            throw new ServerException("cannot start the SPARQL server on port " + settings.port() + " ("
                    + e.getMessage() + ")", e);
        }
        return new SparqlServer(server, base, settings.everywhere());
    }

    private static Path privateBase() {
        try {
            Path base = Files.createTempDirectory("diplograph-fuseki-");
            Files.writeString(base.resolve("shiro.ini"), SHIRO, StandardCharsets.UTF_8);
            return base;
        } catch (IOException e) {
            throw new ServerException("cannot create a temporary directory for the server's files ("
                    + e.getMessage() + ")", e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The UI's address, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://" + (everywhere ? "localhost" : "127.0.0.1") + ":" + port() + "/";
    }

    /** The dataset's address: {@code …/ds}; its SPARQL endpoint is {@code …/ds/sparql}. */
    public String datasetUrl() {
        return url() + ServeSettings.DATASET.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            delete(base);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
