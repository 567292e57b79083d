package org.diplograph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
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

    /**
     * The {@code *.txt} files below {@code directory}, in the order of {@link #expand}, listed lazily: only the
     * directories on the current path are held in memory, never the whole tree. A directory that cannot be
     * listed becomes one failed input; a tree without articles, one failed input at the end.
     */
    static Iterator<PendingArticle> walk(Path directory) {
        return new Walk(directory);
    }

    private static final class Walk extends Lookahead {
        private final Path root;
        private final Deque<Iterator<Path>> open = new ArrayDeque<>();
        private PendingArticle failedRoot;
        private boolean any;

        Walk(Path root) {
            this.root = root;
            failedRoot = enter(root);
        }

        @Override
        protected PendingArticle fetch() {
            if (failedRoot != null) {
                PendingArticle out = failedRoot;
                failedRoot = null;
                return out;
            }
            while (!open.isEmpty()) {
                if (!open.peek().hasNext()) {
                    open.pop();
                    continue;
                }
                PendingArticle found = visit(open.peek().next());
                if (found != null) {
                    return found;
                }
            }
            if (!any) {
                any = true;
                return PendingArticle.failed(root.toString(), root + ": no *.txt articles in this directory");
            }
            return null;
        }

        /** The article at this path, a directory entered (null), or null for a file that is not an article. */
        private PendingArticle visit(Path entry) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                return enter(entry);
            }
            if (!entry.getFileName().toString().endsWith(".txt")) {
                return null;
            }
            any = true;
            if (Files.isRegularFile(entry)) {
                long size;
                try {
                    size = Files.size(entry);
                } catch (IOException e) {
                    size = 0;
                }
                return new PendingArticle.File(entry, relative(root, entry), size);
            } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                return PendingArticle.failed(entry.toString(), entry + ": broken symbolic link, cannot be read: skipped");
            }
            return PendingArticle.failed(entry.toString(), entry + ": not a regular file: skipped");
        }

        /**
         * Lists one directory, sorted so that the walk meets paths in sorted order ("a.txt" before "a/b.txt");
         * returns the problem when it cannot be listed, else null.
         */
        private PendingArticle enter(Path dir) {
            record Entry(String key, Path path) {
            }
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                for (Path p : list) {
                    String name = p.getFileName().toString();
                    entries.add(new Entry(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name, p));
                }
            } catch (IOException | UncheckedIOException e) {
                any = true;
                return PendingArticle.failed(dir.toString(), dir + ": cannot list the directory ("
                        + e.getMessage() + "): skipped");
            }
            entries.sort(Comparator.comparing(Entry::key));
            open.push(entries.stream().map(Entry::path).iterator());
            return null;
        }
    }
}
