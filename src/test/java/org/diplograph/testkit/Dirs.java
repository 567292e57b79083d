package org.diplograph.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a test's own directories under target/. */
public final class Dirs {

    private Dirs() {
    }

    public static void delete(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = java.nio.file.Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
