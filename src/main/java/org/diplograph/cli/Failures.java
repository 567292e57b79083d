package org.diplograph.cli;

import org.diplograph.article.ArticleException;
import org.diplograph.lexicon.LexiconException;
import org.diplograph.query.QueryException;
import org.diplograph.remote.RemoteException;
import org.diplograph.server.ServerException;
import org.diplograph.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: known problems print their message (which names the file
 * and what went wrong; for the lexicon, checked at start-up, {@code <file>:<line>: <reason>}) and exit 1; anything else prints a one-line internal error; stack traces only with
 * {@code --verbose}. Usage errors (exit 2) are handled by picocli before a command runs.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        String message = known(e) ? e.getMessage()
                : "internal error: " + e + " (run again with --verbose for details, and please report it)";
        cli.getErr().println("diplograph: " + message);
        if (verbose) {
            e.printStackTrace(cli.getErr());
        }
        return e instanceof UsageError ? USAGE : FAILED;
    }

    private static boolean known(Exception e) {
        return e instanceof UserError || e instanceof ArticleException || e instanceof QueryException
                || e instanceof StoreException || e instanceof UsageError || e instanceof ServerException
                || e instanceof RemoteException || e instanceof org.diplograph.evaluate.GoldException
                || e instanceof LexiconException;
    }

    /** A wrong combination of options found while running, reported with exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
