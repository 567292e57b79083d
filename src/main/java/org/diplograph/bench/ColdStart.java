package org.diplograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The wall time of {@code diplograph extract ARTICLE} in a fresh JVM, from process start to exit, as the launcher
 * runs it: this JVM's options (JAVA_OPTS), with the class-data-sharing archive when this JVM was given one, and once
 * more without it.
 */
final class ColdStart {

    private final Benchmark.Settings settings;
    private final Consumer<String> out;

    ColdStart(Benchmark.Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    void run(Path article) throws IOException {
        out.accept("");
        out.accept("== Cold start: extract " + article.getFileName() + " in a fresh JVM, median of " + settings.runs()
                + " runs");
        boolean archive = !Child.jvmOptions(true).equals(Child.jvmOptions(false));
        measure(article, Child.jvmOptions(true), archive ? "with the launcher's class-data archive" : "as launched");
        if (archive) {
            measure(article, Child.jvmOptions(false), "without the class-data archive");
        }
    }

    private void measure(Path article, List<String> options, String label) throws IOException {
        List<Double> times = new ArrayList<>();
        Path output = settings.work().resolve("cold-start.trig");
        for (int r = 0; r < settings.runs(); r++) {
            Child.Result result = Child.run(Child.java(options, List.of(), null,
                    List.of("extract", article.toAbsolutePath().toString(), "-o", output.toString())), settings.work());
            if (result.code() > 1) {
                throw new IOException("extract failed: " + result.output());
            }
            times.add(result.seconds());
        }
        Files.deleteIfExists(output);
        out.accept(String.format(Locale.ROOT, "%s: median %.2f s (runs: %s); load average %s", label,
                StoreComparison.median(times), times.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList(),
                Machine.load()));
    }
}
