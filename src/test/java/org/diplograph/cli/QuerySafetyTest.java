package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** --timeout really ends a runaway query; a malformed query names the file, line and column. */
class QuerySafetyTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        Cli load = Cli.run("load", "seeds", "--store", dir.resolve("store").toString());
        assertEquals(0, load.code(), load.toString());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void timeoutEndsARunawayQuery() throws IOException {
        // Every triple joined with every triple with every triple: about 10^11 rows for the seed alone.
        Path runaway = Files.writeString(dir.resolve("runaway.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        long start = System.nanoTime();
        Cli cli = Cli.run("query", runaway.toString(), "--store", dir.resolve("store").toString(), "--timeout", "1");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(1, cli.code(), cli.toString());
        assertEquals("diplograph: " + runaway + ": stopped after the 1000 ms timeout (--timeout)", cli.err().strip());
        assertTrue(seconds < 15, "stopped after " + seconds + " s");
    }

    @Test
    void aMalformedQueryFileGetsTheParsersLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "# finds nothing\nSELECT ?x WHERE {\n  ?x ?y\n}\n");
        Cli cli = Cli.run("query", bad.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, cli.code(), cli.toString());
        String err = cli.err().strip();
        assertTrue(err.startsWith("diplograph: " + bad + ": "), err);
        assertTrue(err.contains("line 4, column 1"), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
    }
}
