package org.diplograph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns command-line arguments (files and directories) into the article files to read, in a stable order. */
public final class ArticleFiles {

    /**
     * One article file and its identifier.
     *
     * @param id the path relative to the directory argument (with '/' separators), or the file name
     */
    public record Input(Path file, String id) {
    }

    private ArticleFiles() {
    }

    /**
     * Expands the arguments: a file stands for itself; a directory for every {@code *.txt} file below it.
     * Arguments that do not exist, and directories without articles, are reported in {@code problems}.
     */
    public static List<Input> expand(List<Path> arguments, List<String> problems) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Input> found = below(argument);
                if (found.isEmpty()) {
                    problems.add(argument + ": no *.txt articles in this directory");
                }
                inputs.addAll(found);
            } else if (Files.exists(argument)) {
                inputs.add(new Input(argument, argument.getFileName().toString()));
            } else {
                problems.add(argument + ": no such file or directory: skipped");
            }
        }
        return inputs;
    }

    private static List<Input> below(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(f -> new Input(f, relative(directory, f)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot list the directory", e);
        }
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
