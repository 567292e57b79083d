package org.diplograph.article;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The articles that command-line arguments stand for, listed lazily so that memory does not grow with the corpus:
 * <ul>
 *   <li>a directory: every {@code *.txt} file below it (in sorted order);</li>
 *   <li>a {@code .jsonl} or {@code .ndjson} file: one article per line (see {@link JsonLines});</li>
 *   <li>{@code -}: standard input, JSON Lines when its first non-blank character is <code>{</code>, else one
 *       article (identifier {@code stdin});</li>
 *   <li>any other file: one article.</li>
 * </ul>
 * An argument that cannot be read becomes one failed input, in its place, so its message comes out in order.
 */
public final class ArticleInputs extends Lookahead implements Closeable {

    /** What messages call standard input. */
    public static final String STDIN = "standard input";

    private final Deque<String> arguments;
    private final Supplier<InputStream> stdin;
    /** Arguments that are named pipes, devices or sockets, found when the inputs were made: never opened. */
    private final java.util.Map<String, String> special = new java.util.HashMap<>();
    private Iterator<PendingArticle> current = Collections.emptyIterator();
    private Closeable resource;

    private ArticleInputs(List<String> arguments, Supplier<InputStream> stdin) {
        this.arguments = new ArrayDeque<>(arguments);
        this.stdin = stdin;
        for (String argument : arguments) {
            if (!argument.equals("-")) {
                try {
                    String kind = SpecialFiles.kind(Path.of(argument));
                    if (kind != null) {
                        special.put(argument, kind);
                    }
                } catch (InvalidPathException e) {
                    // reported in its place when it is opened
                }
            }
        }
    }

    /**
     * The inputs of {@code arguments}; {@code stdin} is opened only when an argument is {@code -}. Arguments that
     * are named pipes, devices or sockets are found here, so that a command that makes its inputs before it takes
     * the store's lock refuses them before the lock; they are reported in their place and never opened.
     */
    public static ArticleInputs of(List<String> arguments, Supplier<InputStream> stdin) {
        return new ArticleInputs(arguments, stdin);
    }

    /**
     * The bytes the arguments stand for, for progress: a walk that only adds up sizes (nothing is kept).
     * -1 when standard input is among them (its size is not known in advance).
     */
    public static long size(List<String> arguments) {
        long total = 0;
        for (String argument : arguments) {
            if (argument.equals("-")) {
                return -1;
            }
            try {
                Path path = Path.of(argument);
                if (Files.isDirectory(path)) {
                    try (java.util.stream.Stream<Path> files = Files.walk(path, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                        total += files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                                .mapToLong(ArticleInputs::sizeOf).sum();
                    }
                } else {
                    total += sizeOf(path);
                }
            } catch (IOException | RuntimeException e) {
                // an argument that cannot be measured is reported when it is read
            }
        }
        return total;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether a file is read as JSON Lines, from its name. */
    public static boolean jsonLines(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    protected PendingArticle fetch() {
        while (!current.hasNext()) {
            closeResource();
            if (arguments.isEmpty()) {
                return null;
            }
            current = open(arguments.poll());
        }
        return current.next();
    }

    private Iterator<PendingArticle> open(String argument) {
        if (argument.equals("-")) {
            return standardInput();
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return one(PendingArticle.failed(argument, argument + ": not a valid path (" + e.getReason() + "): skipped"));
        }
        String kind = special.containsKey(argument) ? special.get(argument) : SpecialFiles.kind(path);
        if (kind != null) {
            return one(PendingArticle.failed(argument, SpecialFiles.refusal(argument, kind)));
        }
        if (Files.isDirectory(path)) {
            return ArticleFiles.walk(path);
        }
        if (!Files.exists(path)) {
            return one(PendingArticle.failed(argument, argument + ": no such file or directory: skipped"));
        }
        if (jsonLines(path)) {
            try {
                JsonLines lines = new JsonLines(argument, new BufferedInputStream(Files.newInputStream(path), 1 << 16));
                resource = lines;
                return lines;
            } catch (AccessDeniedException e) {
                return one(PendingArticle.failed(argument, argument + ": permission denied: skipped"));
            } catch (IOException e) {
                return one(PendingArticle.failed(argument, argument + ": cannot be read (" + e.getMessage()
                        + "): skipped"));
            }
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            size = 0;
        }
        String id = path.getFileName() == null ? argument : path.getFileName().toString();
        return one(new PendingArticle.File(path, id, size));
    }

    /** JSON Lines when the first non-blank character is '{', otherwise a single article. */
    private Iterator<PendingArticle> standardInput() {
        BufferedInputStream in = new BufferedInputStream(stdin.get(), 1 << 16);
        try {
            if (startsWithBrace(in)) {
                JsonLines lines = new JsonLines(STDIN, in);
                resource = lines;
                return lines;
            }
            byte[] bytes = in.readNBytes((int) ArticleReader.MAX_BYTES + 1);
            if (bytes.length > ArticleReader.MAX_BYTES) {
                return one(PendingArticle.failed(STDIN, STDIN + ": more than " + ArticleReader.megabytes(
                        ArticleReader.MAX_BYTES) + ", too large for a news article: skipped"));
            }
            return one(new PendingArticle() {
                @Override
                public String name() {
                    return STDIN;
                }

                @Override
                public long size() {
                    return bytes.length;
                }

                @Override
                public Read read(LocalDate today) throws ArticleException {
                    return new Read(ArticleParser.parse("stdin", ArticleReader.decode(STDIN, bytes), today), null);
                }
            });
        } catch (IOException e) {
            return one(PendingArticle.failed(STDIN, STDIN + ": cannot be read (" + e.getMessage() + "): skipped"));
        }
    }

    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        int limit = 1 << 16;
        in.mark(limit);
        try {
            for (int i = 0; i < limit; i++) {
                int b = in.read();
                boolean bom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                if (b < 0 || !(bom || b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    private static Iterator<PendingArticle> one(PendingArticle p) {
        return List.of(p).iterator();
    }

    private void closeResource() {
        if (resource != null) {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                // nothing was written; a failed close of an input loses nothing
            }
            resource = null;
        }
    }

    @Override
    public void close() {
        closeResource();
        arguments.clear();
        current = Collections.emptyIterator();
    }
}
