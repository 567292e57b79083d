package org.diplograph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a {@code --store} directory holds, decided from its files alone, before TDB2 opens it (opening writes a lock
 * file and, for a directory without a database, creates one). A directory is a store only when Diplograph marked it
 * as its own ({@value #MARK}) and its TDB2 layout is complete.
 */
final class StoreDirectory {

    /** The file that marks a directory as a Diplograph store; written before TDB2 creates its files there. */
    static final String MARK = "diplograph.store";

    private static final String MARK_TEXT = "This directory is a Diplograph store (an Apache Jena TDB2 database)."
            + " Diplograph reads and writes it; delete it only together with the whole directory.\n";

    /** The files TDB2 creates in a database directory ({@code Data-0001}); a store missing one is damaged. */
    private static final List<String> DATABASE_FILES = databaseFiles();

    /** What was found. */
    enum Kind {
        /** Nothing at the path. */
        MISSING,
        /** A file, not a directory. */
        NOT_A_DIRECTORY,
        /** An empty directory, or one Diplograph marked before TDB2 created anything in it. */
        EMPTY,
        /** A marked directory with a complete TDB2 database. */
        STORE,
        /** A marked directory whose TDB2 database lacks files. */
        DAMAGED,
        /** A complete TDB2 database Diplograph did not mark (another tool's, or made before stores were marked). */
        UNMARKED_TDB2,
        /** A directory of other files. */
        OTHER
    }

    /** The kind, and for a damaged store what is missing. */
    record Inspection(Kind kind, String detail) {
    }

    private StoreDirectory() {
    }

    static Inspection inspect(Path dir) {
        if (!Files.exists(dir)) {
            return new Inspection(Kind.MISSING, null);
        }
        if (!Files.isDirectory(dir)) {
            return new Inspection(Kind.NOT_A_DIRECTORY, null);
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(dir)) {
            names = entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot read the store directory (" + Failure.reason(e) + ")", e);
        }
        boolean marked = names.contains(MARK);
        List<String> databases = names.stream().filter(n -> n.matches("Data-\\d{4}")
                && Files.isDirectory(dir.resolve(n))).toList();
        boolean onlyStoreFiles = names.stream().allMatch(n -> n.equals(MARK) || n.equals("tdb.lock")
                || databases.contains(n));
        if (names.isEmpty() || marked && databases.isEmpty()) {
            return new Inspection(Kind.EMPTY, null);
        }
        if (databases.isEmpty() || !onlyStoreFiles && !marked) {
            return new Inspection(Kind.OTHER, null);
        }
        Path current = dir.resolve(databases.get(databases.size() - 1));
        List<String> missing = DATABASE_FILES.stream().filter(f -> !Files.isRegularFile(current.resolve(f))).toList();
        if (!missing.isEmpty()) {
            return marked ? new Inspection(Kind.DAMAGED, current.getFileName() + "/" + missing.get(0) + " is missing"
                    + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more of its files)" : ""))
                    : new Inspection(Kind.OTHER, null);
        }
        return new Inspection(marked ? Kind.STORE : Kind.UNMARKED_TDB2, null);
    }

    /** Marks {@code dir} (which exists) as a Diplograph store. */
    static void mark(Path dir) {
        try {
            Files.writeString(dir.resolve(MARK), MARK_TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the store (" + Failure.reason(e) + ")", e);
        }
    }

    private static List<String> databaseFiles() {
        List<String> indexes = List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG", "GPU",
                "nodes", "prefixes");
        Stream<String> btrees = indexes.stream().flatMap(i -> Stream.of(i + ".bpt", i + ".dat", i + ".idn"));
        Stream<String> data = Stream.of("nodes-data.bdf", "nodes-data.obj", "prefixes-data.bdf", "prefixes-data.obj",
                "journal.jrnl");
        return Stream.concat(btrees, data).toList();
    }
}
