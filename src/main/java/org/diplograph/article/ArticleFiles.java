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
     *
     * @throws ArticleException when an argument does not exist
     */
    public static List<Input> expand(List<Path> arguments) throws ArticleException {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                inputs.addAll(below(argument));
            } else if (Files.exists(argument)) {
                inputs.add(new Input(argument, argument.getFileName().toString()));
            } else {
                throw new ArticleException(argument + ": no such file or directory");
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
