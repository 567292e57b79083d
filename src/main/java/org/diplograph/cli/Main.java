package org.diplograph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/** The command-line entry point: it only runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v")) {
            // before any logger exists: with --verbose, TDB2's per-node errors are shown (simplelogger.properties)
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.tdb2.solver.BindingTDB", "error");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.tdb2.store.nodetable", "error");
        }
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** Runs the command line with the given streams; returns the exit code (0 ok, 1 failure, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
