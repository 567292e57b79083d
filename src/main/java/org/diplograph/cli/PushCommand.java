package org.diplograph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.diplograph.remote.Credentials;
import org.diplograph.remote.Push;
import org.diplograph.remote.RemoteStore;
import org.diplograph.remote.RetryPolicy;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph push}: every graph of the store to a remote SPARQL store, replacing what it held. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send the store's graphs (the reference graph and one per article) to a remote triple store,"
                + " replacing graphs of the same name there: Graph Store Protocol PUT when --graph-store is given,"
                + " SPARQL Update to --endpoint otherwise. Transient failures are retried with back-off; the"
                + " remote's triple counts are checked afterwards.",
                "The password is read from the environment variable named by --password-env and never printed."})
final class PushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The remote SPARQL endpoint (queries; updates when there is no --graph-store).")
    URI endpoint;

    @Option(names = "--graph-store", paramLabel = "URL",
            description = "The remote Graph Store Protocol endpoint; graphs are PUT to URL?graph=IRI.")
    URI graphStore;

    @Option(names = "--user", paramLabel = "U", description = "User name for the remote store.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds the password (never the password itself).")
    String passwordEnv;

    @Option(names = "--insecure", description = "Allow sending the password over plain http.")
    boolean insecure;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Tries again after transient failures, waiting 0.5 s, 1 s, 2 s … (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--no-verify", description = "Do not count the pushed graphs on the remote afterwards.")
    boolean noVerify;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Credentials credentials = credentials();
        RetryPolicy policy;
        RemoteStore remote;
        try {
            policy = RetryPolicy.standard(retries);
            remote = RemoteStore.connect(endpoint, graphStore, credentials, insecure);
        } catch (IllegalArgumentException e) {
            throw new Failures.UsageError(e.getMessage());
        }
        Push.Report report;
        try (remote; Tdb2Store store = Tdb2Store.openExisting(common.store())) {
            report = Push.run(store, remote, policy, !noVerify, note -> err.println("diplograph: note: " + note));
        }
        String target = RemoteStore.display(report.method() == Push.Method.GRAPH_STORE_PUT ? graphStore : endpoint);
        out.printf(Locale.ROOT, "Pushed %d graph%s (%d triples) from %s to %s by %s in %.1f s; %d retr%s%n",
                report.graphs(), report.graphs() == 1 ? "" : "s", report.triples(), common.store(), target,
                report.method() == Push.Method.GRAPH_STORE_PUT ? "Graph Store Protocol PUT" : "SPARQL Update",
                report.took().toMillis() / 1000.0, report.retries(), report.retries() == 1 ? "y" : "ies");
        if (noVerify) {
            return Failures.OK;
        }
        List<String> wrong = report.mismatches();
        if (wrong.isEmpty()) {
            out.printf("Checked: %s now holds %d triples in these graphs, as sent%n", RemoteStore.display(endpoint),
                    report.remoteTriples());
            return Failures.OK;
        }
        for (String g : wrong.subList(0, Math.min(10, wrong.size()))) {
            err.printf("diplograph: %s: graph %s holds %d triples after the push, %d were sent%n",
                    RemoteStore.display(endpoint), g, report.remote().getOrDefault(g, 0L), report.local().get(g));
        }
        err.printf("diplograph: %d of %d graphs differ on the remote store after the push%n", wrong.size(),
                report.graphs());
        return Failures.FAILED;
    }

    private Credentials credentials() {
        if (user == null && passwordEnv == null) {
            return null;
        }
        if (user == null || passwordEnv == null) {
            throw new Failures.UsageError("--user and --password-env go together");
        }
        String password = System.getenv(passwordEnv);
        if (password == null || password.isEmpty()) {
            throw new Failures.UsageError("--password-env " + passwordEnv + ": that environment variable is not set"
                    + " or empty; export it with the password first");
        }
        return new Credentials(user, password);
    }
}
