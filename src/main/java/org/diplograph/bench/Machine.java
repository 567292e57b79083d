package org.diplograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.diplograph.article.ArticleFiles;

/** What the figures were measured on: machine, JVM, options, input, and how busy the machine was. */
final class Machine {

    private Machine() {
    }

    static void describe(Benchmark.Settings s, List<ArticleFiles.Input> inputs, Consumer<String> out) {
        long bytes = 0;
        for (ArticleFiles.Input i : inputs) {
            try {
                bytes += Files.size(i.file());
            } catch (IOException e) {
                // counted as 0
            }
        }
        out.accept("== Machine");
        out.accept(String.format(Locale.ROOT, "%d cores (%s), %s; Java %s (%s); JVM options %s", Runtime.getRuntime()
                .availableProcessors(), cpuModel(), System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), Child.jvmOptions(true)));
        if (s.articles() == null) {
            out.accept("store: " + s.store() + "; load average before: " + load());
        } else {
            out.accept(String.format(Locale.ROOT, "articles: %s, %d files, %.1f MB; load average before: %s",
                    s.articles(), inputs.size(), bytes / (1024.0 * 1024), load()));
        }
    }

    /** The 1, 5 and 15 minute load averages (other processes compete for the cores), or "unknown". */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }
}
