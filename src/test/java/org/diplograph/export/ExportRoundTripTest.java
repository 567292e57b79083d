package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.diplograph.testkit.Oxigraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format, from a TDB2 store holding the seed and 20 corpus articles: export → load into a fresh
 * store → export again gives the same dataset (isomorphic), which is the store's content (named graphs for
 * TriG, N-Quads and JSON-LD; their union for Turtle, N-Triples and RDF/XML); and a second, unrelated parser
 * (Oxigraph) reads the same number of quads from the file as Jena.
 */
class ExportRoundTripTest {

    @TempDir
    static Path dir;
    static Tdb2Store store;
    static DatasetGraph original;

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir.resolve("store"));
        Diplograph.create().load(Fixtures.seedAndCorpus(20), store, 50, n -> { });
        original = store.read(() -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            copy.addAll(store.dataset().asDatasetGraph());
            return copy;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, text/turtle", "trig, application/trig", "nt, application/n-triples",
            "nq, application/n-quads", "jsonld, application/ld+json", "rdf, application/rdf+xml"})
    void roundTripsAndReadsInASecondParser(String extension, String mediaType) throws IOException {
        RdfOutput format = RdfOutput.forFile(Path.of("x." + extension));
        Path first = dir.resolve("first." + extension);
        export(store, first, format);

        Path fresh = dir.resolve("fresh-" + extension);
        Path second = dir.resolve("second." + extension);
        try (Tdb2Store copy = Tdb2Store.open(fresh)) {
            Txn.executeWrite(copy.dataset(), () -> {
                if (format.quads()) {
                    RDFDataMgr.read(copy.dataset(), first.toString());
                } else {
                    RDFDataMgr.read(copy.dataset().getNamedModel("urn:test:imported"), first.toString());
                }
            });
            export(copy, second, format);
        }

        DatasetGraph a = read(first);
        DatasetGraph b = read(second);
        if (format.quads()) {
            assertTrue(IsoMatcher.isomorphic(a, b), extension + ": export → load → export is not the same dataset");
            assertTrue(IsoMatcher.isomorphic(original, a), extension + ": the export is not the store's dataset");
        } else {
            assertTrue(IsoMatcher.isomorphic(a.getDefaultGraph(), b.getDefaultGraph()),
                    extension + ": export → load → export is not the same graph");
            assertTrue(IsoMatcher.isomorphic(union(original), a.getDefaultGraph()),
                    extension + ": the export is not the union of the store's graphs");
        }
        long jena = a.stream().count();
        assertTrue(jena > 3000, extension + " holds " + jena + " quads");
        Oxigraph.require();
        assertEquals(jena, Oxigraph.count(first, mediaType), extension + ": Oxigraph reads another number of quads");
    }

    private static void export(Tdb2Store from, Path file, RdfOutput format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            from.read(() -> {
                Exporter.write(from.dataset().asDatasetGraph(), out, format, true);
                return null;
            });
        }
    }

    private static DatasetGraph read(Path file) {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, file.toString());
        return ds.asDatasetGraph();
    }

    private static Graph union(DatasetGraph ds) {
        Graph g = GraphMemFactory.createDefaultGraph();
        List.copyOf(ds.stream().map(q -> q.asTriple()).toList()).forEach(g::add);
        return g;
    }
}
