package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.query.QueryLimits;
import org.diplograph.server.ServeSettings;
import org.diplograph.server.SparqlServer;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph serve}: the store over HTTP (SPARQL, Graph Store Protocol, Fuseki UI) until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store with an embedded Apache Jena Fuseki: SPARQL query and Graph Store Protocol"
                + " reads at /ds, the Fuseki UI at / with --ui. Read-only and bound to 127.0.0.1 unless told otherwise;"
                + " requests must be addressed to this server and come from its own pages (or the --cors origin).",
                "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public",
            description = "Listen on every network interface, not only 127.0.0.1 (the admin pages stay local-only).")
    boolean everywhere;

    @Option(names = "--allow-updates",
            description = "Accept SPARQL Update and Graph Store Protocol writes (PUT, POST, DELETE) at /ds: from this"
                    + " server's own pages, or with the token --token-env names.")
    boolean allowUpdates;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the token other clients send with writes"
                    + " ('Authorization: Bearer …'; push --token-env VAR). Never printed.")
    String tokenEnv;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages of this one other origin (https://example.org) query the server from a browser;"
                    + " no other origin gets an answer.")
    String cors;

    @Option(names = "--ui",
            description = "Serve the Fuseki UI at /, with the read-only server information under /$/ it reads; the"
                    + " rest of the admin API stays off.")
    boolean ui;

    @Option(names = "--allow-service",
            description = "Let SERVICE (and, with --allow-updates, LOAD) fetch other URLs; refused by default.")
    boolean allowService;

    @Option(names = "--host-name", paramLabel = "NAME",
            description = "Also accept requests addressed to this name (with --public, behind a DNS name).")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop queries that run longer, parsing and planning included (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-query-size", paramLabel = "SIZE", converter = Sizes.class,
            defaultValue = "" + QueryLimits.DEFAULT_MAX_CHARS,
            description = "Refuse longer queries before parsing them: characters, or with K or M (default: 64K).")
    long maxQuerySize;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10M",
            converter = Sizes.class, description = "Refuse larger request bodies: bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Mixin
    CommonOptions common;

    private String token() {
        if (tokenEnv == null) {
            return null;
        }
        String value = System.getenv(tokenEnv);
        if (value == null || value.isEmpty()) {
            throw new Failures.UsageError("--token-env " + tokenEnv + ": that environment variable is not set or empty;"
                    + " export it with a token first (for example: export " + tokenEnv + "=$(openssl rand -hex 24))");
        }
        if (!allowUpdates) {
            throw new Failures.UsageError("--token-env is for writes: give it with --allow-updates");
        }
        return value;
    }

    @Override
    public Integer call() {
        ServeSettings settings;
        try {
            long millis = Math.round(timeout * 1000);
            if (maxQuerySize > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("--max-query-size is too large: " + maxQuerySize);
            }
            QueryLimits limits = new QueryLimits((int) maxQuerySize, Math.max(0, millis), allowService);
            settings = new ServeSettings(port, everywhere, allowUpdates, millis, maxRequestBytes, limits, cors,
                    token(), ui, hostNames);
        } catch (IllegalArgumentException e) {
            throw new Failures.UsageError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Tdb2Store store = Tdb2Store.openExisting(common.store());
        SparqlServer server;
        try {
            server = SparqlServer.start(store.dataset().asDatasetGraph(), settings, common.store().toString());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "diplograph-serve-stop"));
        out.println("Serving " + common.store() + " at " + server.url() + (ui ? " (Fuseki UI)" : ""));
        out.println("  SPARQL query:       " + server.datasetUrl() + "/sparql");
        out.println("  Graph Store (read): " + server.datasetUrl() + "?graph=<graph IRI>");
        out.println("  Updates:            " + (!allowUpdates ? "off (start with --allow-updates to accept them)"
                : "allowed at " + server.datasetUrl() + (tokenEnv != null ? ", from its own pages or with the token"
                + " in $" + tokenEnv : ", from its own pages only (--token-env VAR lets other clients in)")));
        out.println("  Browsers:           " + (cors == null ? "this server's own pages only" : "its own pages and "
                + cors) + (ui ? "; admin API off but for the UI's read-only information" : "; Fuseki UI and admin API off")
                + "; SERVICE "
                + (allowService ? "allowed" : "refused"));
        out.println("  Listening on:       " + (everywhere ? "every network interface" : "127.0.0.1 only")
                + "; queries stop after " + new java.math.BigDecimal(Double.toString(timeout)).stripTrailingZeros()
                .toPlainString() + " s and are at most " + Sizes.format(maxQuerySize) + "; request bodies up to "
                + Sizes.format(maxRequestBytes));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return Failures.OK;
    }
}
