package org.diplograph.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.store.Store;
import org.diplograph.store.Tdb2Store;

/**
 * Loads an N-Quads file through Diplograph's store path (graphs replaced in batches, one transaction per batch,
 * exactly as {@code load} writes them) and prints {@code quads=N seconds=S}. Run in a fresh JVM by
 * {@code diplograph bench}, beside {@code tdb2.tdbloader} on the same file; the time counts from the open store to
 * the last commit, like the loader's own "Time =" line.
 */
public final class StoreLoad {

    private StoreLoad() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path file = Path.of(args[1]);
        int batchSize = args.length > 2 ? Integer.parseInt(args[2])
                : org.diplograph.pipeline.Diplograph.Options.DEFAULT_BATCH;
        try (Tdb2Store store = Tdb2Store.open(dir); InputStream in = new BufferedInputStream(Files.newInputStream(file),
                1 << 16)) {
            long start = System.nanoTime();
            Batcher batcher = new Batcher(store, batchSize);
            RDFParser.source(in).lang(Lang.NQUADS).parse(batcher);
            batcher.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "quads=%d seconds=%.3f%n", batcher.quads, seconds);
        }
    }

    /** Groups consecutive quads of one graph into a model, and models into batches. */
    private static final class Batcher extends StreamRDFBase {
        private final Store store;
        private final int batchSize;
        private final List<Store.NamedModel> batch = new ArrayList<>();
        private Node graphName;
        private Graph graph;
        private long quads;

        Batcher(Store store, int batchSize) {
            this.store = store;
            this.batchSize = batchSize;
        }

        @Override
        public void quad(Quad quad) {
            quads++;
            if (!quad.getGraph().equals(graphName)) {
                endGraph();
                graphName = quad.getGraph();
                // a plain list: in load the graphs come ready from extraction, so no index is built for them here
                graph = new org.apache.jena.graph.impl.CollectionGraph(new ArrayList<>());
            }
            graph.add(quad.asTriple());
        }

        private void endGraph() {
            if (graph != null) {
                batch.add(new Store.NamedModel(graphName.getURI(), ModelFactory.createModelForGraph(graph)));
                graph = null;
                if (batch.size() >= batchSize) {
                    store.replace(List.copyOf(batch));
                    batch.clear();
                }
            }
        }

        void flush() {
            endGraph();
            if (!batch.isEmpty()) {
                store.replace(List.copyOf(batch));
                batch.clear();
            }
        }
    }
}
