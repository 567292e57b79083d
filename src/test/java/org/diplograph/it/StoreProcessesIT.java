package org.diplograph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.diplograph.article.ArticleFiles;
import org.diplograph.ontology.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Store;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Jar;
import org.diplograph.testkit.Net;
import org.diplograph.testkit.Required;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under real process faults, with the packaged jar run as separate processes: a second process on a
 * store in use, a load killed with SIGKILL, a read-only store directory and a full one. After each, the store
 * opens and holds every article either as it was or as the load made it — never half.
 */
class StoreProcessesIT {

    @TempDir
    static Path dir;
    /** Every corpus article's graph as {@code load} makes it: graph name → content. */
    static Map<String, Model> expected = new HashMap<>();
    static List<ArticleFiles.Input> corpus;

    @BeforeAll
    static void extract() {
        corpus = Fixtures.seedAndCorpus(200).subList(1, 201);
        Diplograph.create().process(corpus, g -> expected.put(g.name(), g.model()), n -> { });
        assertEquals(200, expected.size());
    }

    private static Map<String, Model> graphs(Path store) {
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            return s.read(() -> {
                Map<String, Model> out = new HashMap<>();
                s.dataset().listNames().forEachRemaining(n -> {
                    Model copy = ModelFactory.createDefaultModel();
                    copy.add(s.dataset().getNamedModel(n));
                    out.put(n, copy);
                });
                return out;
            });
        }
    }

    @Test
    void aSecondProcessIsToldWhoHoldsTheStore() throws Exception {
        Path store = dir.resolve("in-use");
        assertEquals(0, Jar.run("load", Fixtures.SEED.toAbsolutePath().toString(), "--store", store.toString()).code());
        int port = Net.freePort();
        Path cwd = Files.createDirectories(dir.resolve("serve-cwd"));
        List<Path> fusekiDirs = fusekiTempDirs();
        Process serve = new ProcessBuilder(Jar.command("serve", "--store", store.toString(), "--port",
                Integer.toString(port), "--ui")).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve.log").toFile()).start();
        try {
            Net.await(() -> Net.get("http://127.0.0.1:" + port + "/$/ping").status() == 200, Duration.ofSeconds(60),
                    "diplograph serve on port " + port);
            Net.Reply ui = Net.get("http://127.0.0.1:" + port + "/");
            assertEquals(200, ui.status(), "the Fuseki UI from the packaged jar");
            assertTrue(ui.body().contains("<div id=\"app\""), "the UI page");
            Net.Reply q = Net.query("http://127.0.0.1:" + port + "/ds/sparql",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/diplograph/ontology#PhoneCall> }", "text/csv");
            assertEquals(200, q.status(), "SPARQL over HTTP from the packaged jar: " + q.body());
            assertTrue(Long.parseLong(q.body().split("\\R")[1].strip()) >= 2, q.body());

            for (String[] args : new String[][] {{"stats"}, {"load", Fixtures.SEED.toAbsolutePath().toString()}}) {
                List<String> a = new ArrayList<>(List.of(args));
                a.addAll(List.of("--store", store.toString()));
                Jar.Result second = Jar.run(a.toArray(String[]::new));
                assertEquals(1, second.code(), second.toString());
                assertEquals("diplograph: " + store + ": store is in use by process " + serve.pid()
                        + "; stop that process or use another --store directory", second.err().strip());
            }
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        try (Stream<Path> files = Files.list(cwd)) {
            assertEquals(List.of(), files.toList(), "serve wrote nothing into its working directory");
        }
        String log = Files.readString(dir.resolve("serve.log"));
        assertTrue(log.contains("Serving " + store + " at http://127.0.0.1:" + port + "/"), log);
        assertEquals(fusekiDirs, fusekiTempDirs(), "serve removed its temporary Fuseki directory");
        assertEquals(0, Jar.run("stats", "--store", store.toString()).code(), "free again once serve stopped");
    }

    @Test
    void aLoadKilledWithSigkillLeavesEveryArticleOldOrNewNeverHalf() throws Exception {
        Path store = dir.resolve("killed");
        // The "old" version of the first 100 articles: their graph plus a marker triple.
        Map<String, Model> old = new HashMap<>();
        List<String> names = expected.keySet().stream().sorted().toList();
        try (Tdb2Store s = Tdb2Store.open(store)) {
            Diplograph.create().ensureReference(s);
            List<Store.NamedModel> batch = new ArrayList<>();
            for (String name : names.subList(0, 100)) {
                Model m = ModelFactory.createDefaultModel().add(expected.get(name));
                m.add(m.createResource(name), m.createProperty("urn:test:version"), "old");
                old.put(name, m);
                batch.add(new Store.NamedModel(name, m));
            }
            s.replace(batch);
        }
        Path articles = Fixtures.CORPUS.toAbsolutePath();
        int[][] rounds = {{2, 0}, {5, 150}};
        for (int[] round : rounds) {
            Process load = new ProcessBuilder(Jar.command("load", articles.toString(), "--store", store.toString(),
                    "--batch", "5", "--verbose")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int commits = 0;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(load.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; commits < round[0] && (line = err.readLine()) != null; ) {
                    if (line.startsWith("diplograph: note: committed ")) {
                        commits++;
                    }
                }
                Thread.sleep(round[1]);
                load.destroyForcibly(); // SIGKILL
                assertTrue(load.waitFor(30, TimeUnit.SECONDS));
            }
            assertEquals(round[0], commits, "the load was killed after " + round[0] + " committed batches");
            assertEquals(137, load.exitValue(), "killed by SIGKILL");

            Map<String, Model> now = graphs(store);
            int asNew = 0;
            int asOld = 0;
            for (String name : names) {
                Model stored = now.get(name);
                if (stored == null) {
                    assertFalse(old.containsKey(name), name + " was stored before and is gone");
                    continue;
                }
                boolean isNew = stored.isIsomorphicWith(expected.get(name));
                boolean isOld = old.containsKey(name) && stored.isIsomorphicWith(old.get(name));
                assertTrue(isNew || isOld, name + " holds neither its old nor its new graph (" + stored.size()
                        + " triples; old " + (old.containsKey(name) ? old.get(name).size() : "none") + ", new "
                        + expected.get(name).size() + ")");
                asNew += isNew ? 1 : 0;
                asOld += isOld ? 1 : 0;
            }
            assertTrue(asNew >= 5 * round[0], "committed batches are there: " + asNew);
            assertTrue(asNew < 200, "the kill came before the end: " + asNew + " new");
            assertTrue(now.containsKey(Iris.REFERENCE_GRAPH));
            Jar.Result stats = Jar.run("stats", "--store", store.toString());
            assertEquals(0, stats.code(), "the store opens cleanly in a new process: " + stats);
            System.out.printf("SIGKILL after %d commits + %d ms: %d articles new, %d old%n", round[0], round[1],
                    asNew, asOld);
        }
    }

    @Test
    void aReadOnlyStoreDirectoryIsRefusedAndLeftAsItWas() throws Exception {
        Path store = dir.resolve("read-only");
        assertEquals(0, Jar.run("load", Fixtures.SEED.toAbsolutePath().toString(), "--store", store.toString()).code());
        Map<String, Model> before = graphs(store);
        List<String> command = Jar.command("load", Fixtures.CORPUS.toAbsolutePath().toString(), "--store",
                store.toString());
        if (isRoot()) {
            // Root ignores permission bits; without CAP_DAC_OVERRIDE it is held to them like any user.
            Required.tool(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux)",
                    "apt-get install util-linux");
            command.addAll(0, List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"));
        }
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
        Jar.Result load;
        try {
            load = Jar.run(command, Map.of(), null);
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(1, load.code(), load.toString());
        assertEquals("diplograph: " + store + ": the store directory is read-only; Diplograph needs to write its lock"
                + " and journal there (fix the permissions, or copy the store to a writable place)", load.err().strip());
        Map<String, Model> after = graphs(store);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((g, m) -> assertTrue(m.isIsomorphicWith(after.get(g)), g + " changed"));
    }

    @Test
    void aFullStoreStopsWithOneLineAndKeepsCompleteArticlesOnly() throws Exception {
        Path store = dir.resolve("full");
        assertEquals(0, Jar.run("load", Fixtures.SEED.toAbsolutePath().toString(), "--store", store.toString()).code());
        // A disk cannot be filled from a test; a file size limit (ulimit -f) makes the same write fail the same
        // way, with an IOException ("File too large") when the node table grows past it.
        long nodes = Files.size(store.resolve("Data-0001/nodes-data.obj"));
        long limitKb = nodes / 1024 + 60;
        List<String> java = Jar.command("load", Fixtures.CORPUS.toAbsolutePath().toString(), "--store",
                store.toString(), "--batch", "10");
        String line = String.join(" ", java.stream().map(a -> "'" + a + "'").toList());
        Jar.Result load = Jar.run(List.of("bash", "-c", "ulimit -f " + limitKb + " && exec " + line), Map.of(), null);
        assertEquals(1, load.code(), load.toString());
        assertEquals("diplograph: " + store + ": cannot write the store (File too large); the 10 graphs of this batch"
                + " were not stored, earlier batches were", load.err().strip());

        Map<String, Model> now = graphs(store);
        int articles = 0;
        for (Map.Entry<String, Model> g : now.entrySet()) {
            if (expected.containsKey(g.getKey())) {
                assertTrue(g.getValue().isIsomorphicWith(expected.get(g.getKey())), g.getKey() + " is half stored");
                articles++;
            }
        }
        assertTrue(articles < 200, "the limit stopped the load: " + articles + " articles stored");
        assertEquals(0, articles % 10, "whole batches only: " + articles);
        Jar.Result again = Jar.run("load", Fixtures.CORPUS.toAbsolutePath().toString(), "--store", store.toString());
        assertEquals(0, again.code(), "with room again, the same store takes the rest: " + again);
        assertEquals(201, graphs(store).keySet().stream().filter(n -> !n.equals(Iris.REFERENCE_GRAPH)).count());
        System.out.printf("file size limit %d KB: %d articles stored before it%n", limitKb, articles);
    }

    @Test
    void aFailedExportLeavesTheFileThatWasThere() throws Exception {
        Path store = dir.resolve("export");
        assertEquals(0, Jar.run("load", Fixtures.SEED.toAbsolutePath().toString(), "--store", store.toString()).code());
        Path out = Files.createDirectories(dir.resolve("exports"));
        for (String name : new String[] {"store.nq", "store.jsonld"}) {
            Path file = out.resolve(name);
            assertEquals(0, Jar.run("export", "--store", store.toString(), "-o", file.toString()).code());
            byte[] good = Files.readAllBytes(file);
            // A full disk cannot be made in a test; a file size limit (ulimit -f, in KB) fails the write the same way.
            long limitKb = good.length / 1024 / 4;
            String line = String.join(" ", Jar.command("export", "--store", store.toString(), "-o", file.toString())
                    .stream().map(a -> "'" + a + "'").toList());
            Jar.Result cut = Jar.run(List.of("bash", "-c", "ulimit -f " + limitKb + " && exec " + line), Map.of(), null);
            assertEquals(1, cut.code(), cut.toString());
            assertEquals("diplograph: " + file + ": cannot write it (File too large); the file that was there is left"
                    + " as it was", cut.err().strip());
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), name + " is byte for byte as before");
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                        "no temporary file is left behind");
            }
            System.out.printf("export %s of %d bytes under a %d KB file size limit: refused, old file kept%n", name,
                    good.length, limitKb);
        }
    }

    @Test
    void aDamagedStoreIsOneLineFromTheRealProcess() throws Exception {
        Path store = dir.resolve("damaged");
        assertEquals(0, Jar.run("load", Fixtures.SEED.toAbsolutePath().toString(), "--store", store.toString()).code());
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        try (var file = java.nio.channels.FileChannel.open(store.resolve("Data-0001/nodes-data.obj"),
                java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(noise), 0);
        }
        Jar.Result stats = Jar.run("stats", "--store", store.toString());
        assertEquals(1, stats.code(), stats.toString());
        assertEquals(1, stats.err().strip().lines().count(), "one line, no stack traces: " + stats.err().length()
                + " characters");
        assertTrue(stats.err().startsWith("diplograph: store " + store + " is damaged: "), stats.err());
    }

    private static List<Path> fusekiTempDirs() throws IOException {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("diplograph-fuseki-")).sorted().toList();
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString());
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
