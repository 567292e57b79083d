package org.diplograph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The embedded TDB2 store. Writes happen in one transaction per batch, so a process killed half-way leaves the
 * store as it was before the batch. The union of the named graphs is the default graph for queries.
 * <p>
 * TDB2 allows one process per store directory: a second process gets "store is in use by process N".
 */
public final class Tdb2Store implements Store {

    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final Dataset dataset;
    private IntConsumer committed = n -> { };

    private Tdb2Store(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /**
     * Opens the store in {@code directory} for commands that write: a missing or empty directory becomes a new store
     * (marked as Diplograph's before TDB2 creates its files); anything else must already be a complete store.
     */
    public static Tdb2Store open(Path directory) {
        StoreDirectory.Inspection found = StoreDirectory.inspect(directory);
        switch (found.kind()) {
            case MISSING -> {
                try {
                    Files.createDirectories(directory);
                } catch (IOException e) {
                    throw new StoreException(directory + ": cannot create the store directory (" + Failure.reason(e)
                            + ")", e);
                }
                StoreDirectory.mark(directory);
            }
            case EMPTY -> {
                checkWritable(directory);
                StoreDirectory.mark(directory);
            }
            default -> checkIsStore(directory, found);
        }
        return connect(directory);
    }

    /**
     * Opens an existing store (for commands that read, serve or push it). Nothing is created: a missing or empty
     * directory is "no store here", and TDB2 is not let near a directory that is not a complete store.
     */
    public static Tdb2Store openExisting(Path directory) {
        StoreDirectory.Inspection found = StoreDirectory.inspect(directory);
        if (found.kind() == StoreDirectory.Kind.MISSING || found.kind() == StoreDirectory.Kind.EMPTY) {
            throw new StoreException(directory + ": no store here" + (found.kind() == StoreDirectory.Kind.EMPTY
                    ? " (the directory holds no data)" : "") + "; load articles into it first (diplograph load"
                    + " FILE|DIR --store " + directory + ")");
        }
        checkIsStore(directory, found);
        return connect(directory);
    }

    /** Refuses files, directories that hold something other than a Diplograph store, and damaged stores. */
    private static void checkIsStore(Path directory, StoreDirectory.Inspection found) {
        switch (found.kind()) {
            case NOT_A_DIRECTORY -> throw new StoreException(directory
                    + ": not a directory; --store needs a store directory");
            case OTHER -> throw new StoreException(directory + ": this directory is not a Diplograph store (it holds"
                    + " other files and no Diplograph data); give --store a new or empty directory");
            case UNMARKED_TDB2 -> throw new StoreException(directory + ": this is a TDB2 database that Diplograph did"
                    + " not mark as its store (no " + StoreDirectory.MARK + " file), so it is left alone; if"
                    + " Diplograph made it, mark it: touch " + directory.resolve(StoreDirectory.MARK));
            case DAMAGED -> throw damaged(directory, found.detail(), null);
            default -> checkWritable(directory);
        }
    }

    private static void checkWritable(Path directory) {
        if (!Files.isWritable(directory)) {
            throw new StoreException(directory + ": the store directory is read-only; Diplograph needs to write its"
                    + " lock and journal there (fix the permissions, or copy the store to a writable place)");
        }
    }

    /** The one line for a store whose files do not hold what TDB2 wrote there. */
    static StoreException damaged(Path directory, String reason, Throwable cause) {
        return new StoreException("store " + directory + " is damaged: " + reason + "; restore it from a backup, or"
                + " load the articles again into a new --store directory", cause);
    }

    private static Tdb2Store connect(Path directory) {
        try {
            Dataset ds = TDB2Factory.connectDataset(directory.toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(directory, ds);
        } catch (RuntimeException e) {
            throw translate(directory, e);
        }
    }

    static StoreException translate(Path directory, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher holder = LOCK_HOLDER.matcher(message);
            if (holder.find()) {
                return new StoreException(directory + ": store is in use by process " + holder.group(1)
                        + "; stop that process or use another --store directory", e);
            }
            if (message.contains("Failed to get a lock")) {
                return new StoreException(directory + ": store is in use by another process; stop it or use another"
                        + " --store directory", e);
            }
        }
        if (Failure.root(e) instanceof java.io.IOException) {
            return new StoreException(directory + ": cannot open the store (" + Failure.reason(e) + ")", e);
        }
        return damaged(directory, Failure.summary(e), e);
    }

    /** Called with the number of graphs after each committed write transaction (for progress notes). */
    public Tdb2Store onCommit(IntConsumer listener) {
        this.committed = listener;
        return this;
    }

    @Override
    public void replace(List<NamedModel> graphs) {
        try {
            Txn.executeWrite(dataset, () -> {
                for (NamedModel g : graphs) {
                    dataset.replaceNamedModel(g.name(), g.model());
                }
            });
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": cannot write the store (" + Failure.reason(e) + "); the "
                    + graphs.size() + " graph" + (graphs.size() == 1 ? " of this batch was" : "s of this batch were")
                    + " not stored, earlier batches were", e);
        }
        committed.accept(graphs.size());
    }

    @Override
    public int remove(List<String> names) {
        try {
            int removed = Txn.calculateWrite(dataset, () -> {
                int n = 0;
                for (String name : names) {
                    if (dataset.containsNamedModel(name)) {
                        dataset.removeNamedModel(name);
                        n++;
                    }
                }
                return n;
            });
            committed.accept(removed);
            return removed;
        } catch (RuntimeException e) {
            throw new StoreException(directory + ": cannot write the store (" + Failure.reason(e)
                    + "); nothing was removed", e);
        }
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Runs {@code work} in a read transaction. A failure inside TDB2's storage code means the files do not hold what
     * TDB2 wrote; any other unexpected failure (TDB2 logs a node it cannot decode and returns nothing, so a result
     * that cannot be missing is missing) leads to reading every quad once more, and if that fails too the store is
     * damaged. Either way the store says so in one line.
     */
    @Override
    public <T> T read(Supplier<T> work) {
        try {
            return Txn.calculateRead(dataset, work);
        } catch (RuntimeException e) {
            throw damagedOr(e);
        }
    }

    private RuntimeException damagedOr(RuntimeException e) {
        if (e.getClass().getName().startsWith("org.diplograph.")
                || e instanceof org.apache.jena.query.QueryCancelledException) {
            return e;
        }
        if (Failure.insideStorage(e)) {
            return damaged(directory, Failure.summary(e), e);
        }
        try {
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().find().forEachRemaining(q -> { }));
        } catch (RuntimeException probe) {
            return damaged(directory, Failure.summary(probe), probe);
        }
        return e;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
