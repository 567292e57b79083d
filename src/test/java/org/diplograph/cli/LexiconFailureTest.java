package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import org.diplograph.lexicon.LexiconException;

/** A lexicon row that cannot be read stops the start with one line naming file, line and reason. */
class LexiconFailureTest {

    @Command(name = "start")
    static final class Start implements Callable<Integer> {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new LexiconException("lexicon/triggers.tsv", 12, "unknown event type 'Meetin'");
        }
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Start());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new Failures());
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void oneLineWithoutStackTrace() {
        String[] result = run();
        assertEquals("1", result[0]);
        assertEquals("diplograph: lexicon/triggers.tsv:12: unknown event type 'Meetin'", result[1].strip());
    }

    @Test
    void theStackTraceOnlyWithVerbose() {
        assertTrue(run("--verbose")[1].contains("at org.diplograph"));
    }
}
