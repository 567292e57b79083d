package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;
import org.diplograph.testkit.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled queries give the same rows in Diplograph's TDB2 store (whose default graph is the union of the
 * named graphs) and in a plain quad store holding the same quads with an empty default graph, which is what
 * other stores offer after loading an export (no union default graph) — with and without parameters.
 */
class QueriesAnywhereTest {

    @TempDir
    static Path dir;
    static Tdb2Store store;
    static Dataset plain;

    /** Each bundled query without parameters, and with parameters that select something in this data. */
    static final List<Object[]> CASES = List.of(
            new Object[] {"declined-invitations", Map.of()}, new Object[] {"declined-invitations", Map.of("state", "PAK")},
            new Object[] {"phone-calls", Map.of()}, new Object[] {"phone-calls", Map.of("state", "USA")},
            new Object[] {"meetings", Map.of()}, new Object[] {"meetings", Map.of("state", "USA")},
            new Object[] {"events-between", Map.of()},
            new Object[] {"events-between", Map.of("stateA", "PAK", "stateB", "USA")},
            new Object[] {"actors-and-roles", Map.of()}, new Object[] {"actors-and-roles", Map.of("state", "USA")},
            new Object[] {"timeline", Map.of()}, new Object[] {"timeline", Map.of("from", "2021-12-01", "to", "2021-12-31")},
            new Object[] {"evidence", Map.of()}, new Object[] {"evidence", Map.of("event", "<" + Fixtures.SEED_CALL + ">")});

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir.resolve("store"));
        Diplograph.create().load(Fixtures.seedAndCorpus(20), store, 50, n -> { });
        DatasetGraph quads = DatasetGraphFactory.create();
        store.read(() -> {
            store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
            return null;
        });
        assertTrue(quads.getDefaultGraph().isEmpty(), "a plain quad store: nothing in the default graph");
        plain = DatasetFactory.wrap(quads);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyBundledQueryGivesTheSameRowsInAPlainQuadStore() throws QueryException {
        List<String> empty = new ArrayList<>();
        for (Object[] c : CASES) {
            @SuppressWarnings("unchecked")
            Map<String, String> params = (Map<String, String>) c[1];
            NamedQuery q = Queries.load((String) c[0]);
            List<String> inTdb2 = Txn.calculateRead(store.dataset(), () -> rows(store.dataset(), q, params));
            List<String> inPlain = rows(plain, q, params);
            assertEquals(inTdb2, inPlain, c[0] + " " + params);
            if (inTdb2.isEmpty()) {
                empty.add(c[0] + " " + params);
            }
        }
        assertEquals(List.of(), empty, "every case selects something");
        assertFalse(rows(plain, Queries.load("meetings"), Map.of("state", "USA")).size()
                >= rows(plain, Queries.load("meetings"), Map.of()).size(), "a bound state selects fewer meetings");
    }

    private static List<String> rows(Dataset ds, NamedQuery q, Map<String, String> params) {
        try {
            String tsv = QueryRunner.run(ds, q, params, Diplograph::stateNames, QueryRunner.Format.TSV, 0);
            List<String> lines = Arrays.asList(tsv.split("\n"));
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        } catch (QueryException e) {
            throw new AssertionError(e);
        }
    }
}
