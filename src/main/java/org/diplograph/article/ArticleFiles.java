package org.diplograph.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
     * Expands the arguments: a file stands for itself; a directory for every {@code *.txt} file below it, walked as
     * {@link #walk} walks it. Arguments that do not exist, directories without articles, and what the walk
     * skipped (a symbolic link into a directory read already) are reported in {@code problems}.
     */
    public static List<Input> expand(List<Path> arguments, List<String> problems) {
        List<Input> inputs = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                for (Iterator<PendingArticle> walk = walk(argument); walk.hasNext(); ) {
                    PendingArticle p = walk.next();
                    if (p instanceof PendingArticle.File f) {
                        inputs.add(new Input(f.file(), f.id()));
                    } else if (p instanceof PendingArticle.Failed failed) {
                        problems.add(failed.message());
                    }
                }
            } else if (Files.exists(argument)) {
                inputs.add(new Input(argument, argument.getFileName().toString()));
            } else {
                problems.add(argument + ": no such file or directory: skipped");
            }
        }
        return inputs;
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /**
     * The {@code *.txt} files below {@code directory}, in sorted order, listed lazily: only the directories on the
     * current path are held in memory, and the real path of each directory entered, never the whole tree. A symbolic
     * link to a directory is followed once: a link into a directory read already (a loop, or a second way in) is
     * one failed input, as is a directory that cannot be listed; a tree without articles, one failed input at the end.
     */
    static Iterator<PendingArticle> walk(Path directory) {
        return new Walk(directory);
    }

    private static final class Walk extends Lookahead {
        private final Path root;
        private final Deque<Iterator<Path>> open = new ArrayDeque<>();
        private final Set<Path> entered = new HashSet<>();
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
            if (Files.isDirectory(entry)) {
                if (!entered.contains(real(entry))) {
                    return enter(entry);
                }
                any = true;
                return PendingArticle.failed(entry.toString(), entry + (Files.isSymbolicLink(entry)
                        ? ": symbolic link to a directory that is read already (" + real(entry) + "; a loop, or a"
                        + " second way into it): skipped" : ": directory read already through a symbolic link: skipped"));
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
            entered.add(real(dir));
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                for (Path p : list) {
                    String name = p.getFileName().toString();
                    entries.add(new Entry(Files.isDirectory(p) ? name + "/" : name, p));
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

        /** The directory's real path (links resolved), to know it when a link leads to it again. */
        private static Path real(Path dir) {
            try {
                return dir.toRealPath();
            } catch (IOException e) {
                return dir.toAbsolutePath().normalize();
            }
        }
    }
}
