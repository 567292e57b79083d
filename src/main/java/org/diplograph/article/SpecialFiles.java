package org.diplograph.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells a named pipe, a device or a socket from a file before anything opens it. Opening a FIFO that has no writer
 * blocks until one comes, which held the store's lock forever; a device never ends. Such an argument is refused in
 * one line instead; standard input is read with {@code -}.
 */
final class SpecialFiles {

    private static final int TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER = 0020000;
    private static final int BLOCK = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** What kind of special file {@code path} is ("a named pipe (FIFO)"), or null for a file, directory or nothing. */
    static String kind(Path path) {
        try {
            BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class);
            if (!basic.isOther()) {
                return null;
            }
            Object mode = Files.getAttribute(path, "unix:mode");
            return switch (((Integer) mode) & TYPE) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER -> "a character device";
                case BLOCK -> "a block device";
                case SOCKET -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The one line for a special file given where an article was expected. */
    static String refusal(String name, String kind) {
        return name + ": " + kind + ", not an article file: skipped without opening it (give - to read standard input)";
    }
}
