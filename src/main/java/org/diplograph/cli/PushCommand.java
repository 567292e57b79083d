package org.diplograph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.diplograph.remote.Credentials;
import org.diplograph.remote.Push;
import org.diplograph.remote.RemoteSettings;
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
                + " SPARQL Update to --endpoint otherwise; either way each graph is replaced whole or not at all."
                + " Transient failures are retried with back-off; the remote's triple counts are checked afterwards.",
                "The password (or token) is read from the environment variable named by --password-env (--token-env)"
                        + " and never printed."})
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

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "Name of the environment variable that holds a token, sent as 'Authorization: Bearer'"
                    + " (a diplograph serve --allow-updates --token-env VAR takes writes with it).")
    String tokenEnv;

    @Option(names = "--insecure",
            description = "Allow sending the password or token over plain http (a token to a loopback address needs no"
                    + " --insecure: it never crosses a network).")
    boolean insecure;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up connecting after this long (default: ${DEFAULT-VALUE} s); retried like a refused"
                    + " connection.")
    double connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up on a request whose whole answer has not come after this long (default:"
                    + " ${DEFAULT-VALUE} s); not retried, since the server may still be working on it.")
    double readTimeout;

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
        RetryPolicy policy;
        RemoteStore remote;
        try {
            RemoteSettings settings = new RemoteSettings(credentials(), secret(tokenEnv, "--token-env"), insecure,
                    seconds(connectTimeout, "--connect-timeout"), seconds(readTimeout, "--read-timeout"));
            policy = RetryPolicy.standard(retries);
            remote = RemoteStore.connect(endpoint, graphStore, settings);
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
        return new Credentials(user, secret(passwordEnv, "--password-env"));
    }

    /** The value of the environment variable an option names; null when the option is not given. */
    private static String secret(String variable, String option) {
        if (variable == null) {
            return null;
        }
        String value = System.getenv(variable);
        if (value == null || value.isEmpty()) {
            throw new Failures.UsageError(option + " " + variable + ": that environment variable is not set or empty;"
                    + " export it first");
        }
        return value;
    }

    private static java.time.Duration seconds(double value, String option) {
        if (!(value > 0) || value > 86_400) {
            throw new Failures.UsageError(option + " must be more than 0 and at most 86400 seconds, not " + value);
        }
        return java.time.Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
    }
}
