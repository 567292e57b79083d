package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.article.ArticleFiles;
import org.diplograph.article.ArticleInputs;

/** Article arguments of a command, expanded, with the ones that could not be found reported. */
final class Inputs {

    final List<ArticleFiles.Input> files;
    final List<String> problems = new ArrayList<>();

    Inputs(List<Path> arguments) {
        this.files = ArticleFiles.expand(arguments, problems);
    }

    /** The articles the arguments stand for, listed lazily; {@code -} is standard input. */
    static ArticleInputs lazy(List<String> arguments) {
        return ArticleInputs.of(arguments, () -> System.in);
    }

    /** Says how many inputs were skipped (each was reported when it happened); returns whether any was. */
    static boolean skipped(org.diplograph.pipeline.Diplograph.BatchReport report, PrintWriter err) {
        int n = report.problems().size();
        if (n > 0) {
            err.printf("diplograph: %d input%s skipped (see above); the other articles were processed%n", n,
                    n == 1 ? " was" : "s were");
        }
        return n > 0;
    }

    /** Prints every problem on its own line to {@code err}; returns whether there was any. */
    static boolean report(List<String> problems, PrintWriter err) {
        problems.forEach(p -> err.println("diplograph: " + p));
        return !problems.isEmpty();
    }
}
