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

    /** Opens the store in {@code directory}, creating it if needed (for commands that write). */
    public static Tdb2Store open(Path directory) {
        if (Files.exists(directory)) {
            checkIsStoreDirectory(directory);
        } else {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new StoreException(directory + ": cannot create the store directory (" + Failure.reason(e) + ")", e);
            }
        }
        return connect(directory);
    }

    /** Opens an existing store (for commands that read, serve or push it); a missing store is an error. */
    public static Tdb2Store openExisting(Path directory) {
        if (!Files.exists(directory)) {
            throw new StoreException(directory + ": no store here; load articles into it first (diplograph load"
                    + " FILE|DIR --store " + directory + ")");
        }
        checkIsStoreDirectory(directory);
        return connect(directory);
    }

    /** Refuses files, and directories that hold something other than a TDB2 store. */
    private static void checkIsStoreDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new StoreException(directory + ": not a directory; --store needs a store directory");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            boolean tdb = names.stream().anyMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock"));
            if (!names.isEmpty() && !tdb) {
                throw new StoreException(directory + ": this directory is not a Diplograph store (it holds other"
                        + " files and no TDB2 data); give --store a new or empty directory");
            }
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot read the store directory (" + Failure.reason(e) + ")", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException(directory + ": the store directory is read-only; Diplograph needs to write its"
                    + " lock and journal there (fix the permissions, or copy the store to a writable place)");
        }
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
        return new StoreException(directory + ": cannot open the store (" + Failure.reason(e) + ")", e);
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

    @Override
    public <T> T read(Supplier<T> work) {
        return Txn.calculateRead(dataset, work);
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
