package org.diplograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The embedded TDB2 store. Writes happen in one transaction per batch, so a process killed half-way leaves the
 * store as it was before the batch. The union of the named graphs is the default graph for queries.
 */
public final class Tdb2Store implements Store {

    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    private final Path directory;
    private final Dataset dataset;

    private Tdb2Store(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code directory}. */
    public static Tdb2Store open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException(directory + ": cannot create the store directory (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException(directory + ": the store directory is not writable");
        }
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
        }
        return new StoreException(directory + ": cannot open the store (" + e.getMessage() + ")", e);
    }

    @Override
    public void replace(List<NamedModel> graphs) {
        Txn.executeWrite(dataset, () -> {
            for (NamedModel g : graphs) {
                dataset.replaceNamedModel(g.name(), g.model());
            }
        });
    }

    @Override
    public int remove(List<String> names) {
        return Txn.calculateWrite(dataset, () -> {
            int removed = 0;
            for (String name : names) {
                if (dataset.containsNamedModel(name)) {
                    dataset.removeNamedModel(name);
                    removed++;
                }
            }
            return removed;
        });
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
