package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

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
                + " reads at /ds, the Fuseki UI at /. Read-only and bound to 127.0.0.1 unless told otherwise.",
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
            description = "Accept SPARQL Update and Graph Store Protocol writes (PUT, POST, DELETE) at /ds.")
    boolean allowUpdates;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "10M",
            converter = Sizes.class, description = "Refuse larger request bodies: bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        ServeSettings settings;
        try {
            settings = new ServeSettings(port, everywhere, allowUpdates, (long) (timeout * 1000), maxRequestBytes);
        } catch (IllegalArgumentException e) {
            throw new Failures.UsageError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        Tdb2Store store = Tdb2Store.openExisting(common.store());
        SparqlServer server;
        try {
            server = SparqlServer.start(store.dataset().asDatasetGraph(), settings);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }, "diplograph-serve-stop"));
        out.println("Serving " + common.store() + " at " + server.url() + " (Fuseki UI)");
        out.println("  SPARQL query:       " + server.datasetUrl() + "/sparql");
        out.println("  Graph Store (read): " + server.datasetUrl() + "?graph=<graph IRI>");
        out.println("  Updates:            " + (allowUpdates ? "allowed (SPARQL Update and Graph Store writes at "
                + server.datasetUrl() + ")" : "off (start with --allow-updates to accept them)"));
        out.println("  Listening on:       " + (everywhere ? "every network interface" : "127.0.0.1 only")
                + "; queries stop after " + new java.math.BigDecimal(Double.toString(timeout)).stripTrailingZeros()
                .toPlainString() + " s; request bodies up to " + Sizes.format(maxRequestBytes));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return Failures.OK;
    }
}
