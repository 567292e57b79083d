package org.diplograph.store;

import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/** Where article graphs are kept: one named graph per article, plus the reference graph. */
public interface Store extends AutoCloseable {

    /** A graph to write: its name and content. */
    record NamedModel(String name, Model model) {
    }

    /**
     * Adds the graphs in one transaction, each replacing any graph of the same name: loading an article again
     * replaces what it said before and never duplicates it.
     */
    void replace(List<NamedModel> graphs);

    /** Drops the named graphs in one transaction; returns how many existed. */
    int remove(List<String> names);

    /** The dataset for reading; the union of all named graphs is its default graph in queries. */
    Dataset dataset();

    /** Runs work in a read transaction. */
    <T> T read(java.util.function.Supplier<T> work);

    @Override
    void close();
}
