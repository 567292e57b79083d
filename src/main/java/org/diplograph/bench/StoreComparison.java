package org.diplograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Diplograph's store path against Jena's bulk loader on the same N-Quads, each in a fresh JVM with this JVM's
 * options and a fresh store directory, alternating, {@code runs} times each. Diplograph: {@link StoreLoad} (batches
 * of {@code load}'s default size, one transaction each, graphs replaced). Jena: the real {@code tdb2.tdbloader} command from
 * {@code jena-cmds} (which picks its phased loader for an empty store); its own "Time = … seconds" line is used.
 */
final class StoreComparison {

    private static final Pattern DIPLOGRAPH = Pattern.compile("quads=(\\d+) seconds=([0-9.]+)");
    private static final Pattern TDBLOADER = Pattern.compile("Time = ([0-9.,]+) seconds : \\w+ = ([0-9,]+)");

    private final Benchmark.Settings settings;
    private final Consumer<String> out;

    StoreComparison(Benchmark.Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    void run(Path nquads) throws IOException {
        out.accept("");
        out.accept("== Store loading: the same N-Quads (" + Files.size(nquads) / 1024 + " KB; each line a triple in its"
                + " article's graph) into a fresh store, each in a fresh JVM, median of " + settings.runs() + " runs");
        Path jenaCmds = settings.jenaCmds();
        if (jenaCmds == null || !Files.isRegularFile(jenaCmds)) {
            out.accept("tdb2.tdbloader: jena-cmds jar not found (" + jenaCmds + "); get it with: mvn -q dependency:copy"
                    + " -Dartifact=org.apache.jena:jena-cmds:5.6.0 -DoutputDirectory=target/bench, then --jena-cmds"
                    + " target/bench/jena-cmds-5.6.0.jar");
        }
        List<Double> ours = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        long quads = 0;
        for (int r = 1; r <= settings.runs(); r++) {
            Path dir = Files.createTempDirectory(settings.work(), "store-");
            Child.Result d = Child.run(Child.java(Child.jvmOptions(false), List.of(), StoreLoad.class.getName(),
                    List.of(dir.toString(), nquads.toString(),
                            String.valueOf(org.diplograph.pipeline.Diplograph.Options.DEFAULT_BATCH))), settings.work());
            Benchmark.delete(dir);
            Matcher m = DIPLOGRAPH.matcher(d.output());
            if (d.code() != 0 || !m.find()) {
                throw new IOException("the store load failed: " + d.output());
            }
            quads = Long.parseLong(m.group(1));
            ours.add(Double.parseDouble(m.group(2)));
            String line = String.format(Locale.ROOT, "run %d: Diplograph %.2f s (JVM %.2f s)", r, ours.get(r - 1),
                    d.seconds());
            if (jenaCmds != null && Files.isRegularFile(jenaCmds)) {
                Path loc = Files.createTempDirectory(settings.work(), "tdbloader-");
                Child.Result t = Child.run(Child.java(withInfoLogging(), List.of(jenaCmds), "tdb2.tdbloader",
                        List.of("--loc", loc.toString(), nquads.toString())), settings.work());
                Benchmark.delete(loc);
                Matcher tm = TDBLOADER.matcher(t.output());
                if (t.code() != 0 || !tm.find()) {
                    throw new IOException("tdb2.tdbloader failed: " + t.output());
                }
                theirs.add(Double.parseDouble(tm.group(1).replace(",", "")));
                line += String.format(Locale.ROOT, "; tdb2.tdbloader %.2f s (JVM %.2f s)", theirs.get(r - 1), t.seconds());
            }
            out.accept(line + "; load average " + Machine.load());
        }
        double mine = median(ours);
        out.accept(String.format(Locale.ROOT, "Diplograph store path: %,d triples in %.2f s = %,.0f triples/s", quads, mine,
                quads / mine));
        if (!theirs.isEmpty()) {
            double loader = median(theirs);
            out.accept(String.format(Locale.ROOT, "tdb2.tdbloader:        %,d triples in %.2f s = %,.0f triples/s", quads,
                    loader, quads / loader));
            out.accept(String.format(Locale.ROOT, "ratio Diplograph / tdb2.tdbloader (triples/s): %.2f", loader / mine));
        }
    }

    private static List<String> withInfoLogging() {
        List<String> options = new ArrayList<>(Child.jvmOptions(false));
        options.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        return options;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
