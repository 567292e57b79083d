package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.article.ArticleFiles;

/** Article arguments of a command, expanded, with the ones that could not be found reported. */
final class Inputs {

    final List<ArticleFiles.Input> files;
    final List<String> problems = new ArrayList<>();

    Inputs(List<Path> arguments) {
        this.files = ArticleFiles.expand(arguments, problems);
    }

    /** Prints every problem on its own line to {@code err}; returns whether there was any. */
    static boolean report(List<String> problems, PrintWriter err) {
        problems.forEach(p -> err.println("diplograph: " + p));
        return !problems.isEmpty();
    }
}
