package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.diplograph.article.ArticleInputs;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.Progress;

import picocli.CommandLine.Option;

/** Options of the commands that run articles through the pipeline: worker threads and progress output. */
final class PipelineOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for reading and extraction (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "When standard error is not a terminal, print a progress line this often"
                    + " (default: ${DEFAULT-VALUE}; 0: only at the end). On a terminal a progress bar updates in place.")
    double every;

    Diplograph.Options options(int batch) {
        if (threads < 1) {
            throw new Failures.UsageError("--threads must be at least 1");
        }
        return new Diplograph.Options(threads, batch);
    }

    /** The progress reporter for these arguments (their total size gives the time left). */
    Progress progress(PrintWriter err, List<String> arguments) {
        boolean bar = Progress.terminal();
        return new Progress(err, bar, every, ArticleInputs.size(arguments));
    }

    static List<String> strings(List<Path> arguments) {
        return arguments.stream().map(Path::toString).toList();
    }
}
