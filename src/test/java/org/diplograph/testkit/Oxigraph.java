package org.diplograph.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second RDF parser, unrelated to Jena: the npm package {@code oxigraph} (Rust, compiled to WebAssembly), run
 * with node. {@code .ci/run} installs it into {@code target/oxigraph}; when it is missing, this installs it there.
 */
public final class Oxigraph {

    private static final Path HOME = Path.of("target/oxigraph");
    private static final Path SCRIPT = Path.of("src/test/resources/oxigraph/count-quads.js");

    private Oxigraph() {
    }

    /** Installs the package if needed; skips (or, with CI=true, fails) the test when node or npm is missing. */
    public static synchronized void require() {
        Required.tool(runs("node", "--version"), "node", "install Node.js (apt-get install nodejs npm)");
        if (!Files.exists(HOME.resolve("node_modules/oxigraph/package.json"))) {
            Required.tool(runs("npm", "--version"), "npm", "install npm (apt-get install npm)");
            Required.tool(runs("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "oxigraph@0.5"),
                    "the npm package oxigraph", "run: npm install --prefix target/oxigraph oxigraph@0.5");
        }
    }

    /** The number of distinct quads Oxigraph reads from the file. */
    public static long count(Path file, String mediaType) {
        try {
            ProcessBuilder pb = new ProcessBuilder("node", SCRIPT.toString(), file.toString(), mediaType)
                    .redirectErrorStream(true);
            pb.environment().put("NODE_PATH", HOME.resolve("node_modules").toAbsolutePath().toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("oxigraph could not read " + file + ": " + out);
            }
            return Long.parseLong(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Runs SPARQL query files over an RDF file in Oxigraph with {@code queries/oxigraph-query.js --report}: one
     * JSON line per query, with its timings and its results in the SPARQL JSON results format.
     */
    public static List<String> report(Path data, List<Path> queries, int repeat) {
        List<String> command = new java.util.ArrayList<>(List.of("node", "queries/oxigraph-query.js", "--report",
                "--repeat", String.valueOf(repeat), data.toString()));
        queries.forEach(q -> command.add(q.toString()));
        try {
            Path out = Files.createTempFile("oxigraph", ".jsonl");
            Path err = Files.createTempFile("oxigraph", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("NODE_PATH", HOME.resolve("node_modules").toAbsolutePath().toString());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("oxigraph-query.js failed: " + Files.readString(err));
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            return lines;
        } catch (IOException e) {
            throw new AssertionError("cannot run node: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean runs(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            return p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
