package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.system.Txn;
import org.diplograph.article.ArticleFiles;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.Seed;
import org.diplograph.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled query, run over a real TDB2 store holding the seed, returns the rows the seed calls for. */
class BundledQueriesTest {

    @TempDir
    static Path dir;
    static Tdb2Store store;

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir.resolve("store"));
        Diplograph.create().load(List.of(new ArticleFiles.Input(Seed.FILE, "seed.txt")), store, 10, n -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The result rows (TSV, header dropped). */
    static List<String> rows(String query, String... params) {
        Map<String, String> bound = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            bound.put(params[i], params[i + 1]);
        }
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                String tsv = QueryRunner.run(store.dataset(), Queries.load(query), bound, Diplograph::stateNames,
                        QueryRunner.Format.TSV, 0);
                List<String> lines = Arrays.asList(tsv.split("\n"));
                return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
            } catch (QueryException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void declinedInvitations() {
        List<String> rows = rows("declined-invitations");
        assertEquals(1, rows.size(), rows.toString());
        String row = rows.get(0);
        assertTrue(row.contains("\"Pakistan\"") && row.contains("\"United States\"")
                && row.contains("Summit for Democracy"), row);
        assertEquals(1, rows("declined-invitations", "state", "PAK").size());
        assertEquals(0, rows("declined-invitations", "state", "CHN").size());
    }

    @Test
    void phoneCalls() {
        List<String> rows = rows("phone-calls");
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Shah Mehmood Qureshi") && r.contains("Wendy Sherman")
                && r.contains("2021-12-13") && r.contains("\"affirmed\"")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Joe Biden") && r.contains("Imran Khan")
                && r.contains("\"negated\"")), rows.toString());
    }

    @Test
    void meetings() {
        List<String> rows = rows("meetings");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Imran Khan") && rows.get(0).contains("delegation of US senators")
                && rows.get(0).contains("2021-12-06") && rows.get(0).contains("2021-12-12"), rows.get(0));
    }

    @Test
    void eventsBetweenTwoStatesInBothDirections() {
        List<String> between = rows("events-between", "stateA", "PAK", "stateB", "USA");
        List<String> reversed = rows("events-between", "stateA", "USA", "stateB", "PAK");
        assertEquals(between.size(), reversed.size(), "both directions");
        for (String type : List.of("DeclinedInvitation", "Invitation", "Meeting", "Appeal")) {
            assertTrue(between.stream().anyMatch(r -> r.contains("\"" + type + "\"")), type + " in " + between);
        }
        assertEquals(2, between.stream().filter(r -> r.contains("\"PhoneCall\"")).count(), between.toString());
        assertTrue(between.stream().noneMatch(r -> r.contains("\"Disapproval\"")), "China's opposition is not PAK–USA");
        assertEquals(0, rows("events-between", "stateA", "PAK", "stateB", "CHN").size());
        int firstDated = between.get(0).indexOf("2021-12-01");
        assertTrue(firstDated >= 0, "ordered by date, the refusal (from 1 December) comes first: " + between.get(0));
    }

    @Test
    void actorsAndRoles() {
        List<String> rows = rows("actors-and-roles");
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Wendy Sherman") && r.contains("Deputy Secretary of State")
                && r.contains("United States")));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Shah Mehmood Qureshi") && r.contains("Foreign Minister")
                && r.contains("Pakistan")));
        List<String> american = rows("actors-and-roles", "state", "USA");
        assertEquals(3, american.size(), "Sherman, Biden and the delegation: " + american);
    }

    @Test
    void timeline() {
        List<String> rows = rows("timeline");
        assertTrue(rows.size() >= 7, rows.toString());
        assertTrue(rows.get(0).startsWith("\"2021-12-01 – 2021-12-15\""), rows.get(0));
        assertTrue(rows.get(rows.size() - 1).startsWith("\"undated\""));
        List<String> thirteenth = rows("timeline", "from", "2021-12-13", "to", "2021-12-13");
        assertTrue(thirteenth.stream().anyMatch(r -> r.contains("Phone call: Shah Mehmood Qureshi")), thirteenth.toString());
        assertTrue(thirteenth.stream().noneMatch(r -> r.contains("\"Meeting\"")), "the meeting was 6-12 December");
    }

    @Test
    void evidence() {
        List<String> rows = rows("evidence");
        assertTrue(rows.size() >= 10, rows.toString());
        String call = rows("phone-calls").stream().filter(r -> r.contains("2021-12-13")).findFirst().orElseThrow()
                .split("\t")[0];
        List<String> spans = rows("evidence", "event", call);
        assertEquals(2, spans.size(), "the call is stated twice: " + spans);
        assertTrue(spans.stream().allMatch(r -> r.contains("Sherman")));
    }

    @Test
    void hostileValuesAreRefusedOrBoundNeverSpliced() throws Exception {
        ParameterException refused = assertThrows(ParameterException.class,
                () -> prepare("phone-calls", "state", "PAK\" } ; DROP ALL ; { \""));
        assertTrue(refused.getMessage().contains("is not a state"), refused.getMessage());
        assertThrows(ParameterException.class, () -> prepare("evidence", "event", "} ; DROP ALL ; {"));
        // A user's query with an undeclared variable takes any text, bound as a string: it matches nothing.
        NamedQuery own = NamedQuery.parse("own", "own.rq", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?x WHERE { GRAPH ?g { ?x rdfs:label ?name } }");
        String out = Txn.calculateRead(store.dataset(), () -> {
            try {
                return QueryRunner.run(store.dataset(), own, Map.of("name", "x\" } } ; DROP ALL ; { { \""),
                        QueryRunner.Format.TSV, 0);
            } catch (QueryException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(1, out.strip().split("\n").length, "header only: " + out);
        assertEquals(2, rows("phone-calls").size(), "the store is untouched");
        assertThrows(QueryException.class, () -> QueryRunner.run(store.dataset(), Queries.load("phone-calls"),
                Map.of("nosuch", "x"), QueryRunner.Format.TSV, 0));
    }

    @Test
    void aStateMayBeNamedByCodeNameOrDemonym() {
        List<String> byCode = rows("meetings", "state", "PAK");
        assertEquals(1, byCode.size(), byCode.toString());
        assertEquals(byCode, rows("meetings", "state", "pak"));
        assertEquals(byCode, rows("meetings", "state", "Pakistan"));
        assertEquals(byCode, rows("meetings", "state", "Pakistani"));
        assertEquals(rows("events-between", "stateA", "PAK", "stateB", "USA"),
                rows("events-between", "stateA", "Pakistan", "stateB", "American"));
        assertEquals(0, rows("meetings", "state", "CHN").size());
    }

    @Test
    void parametersAreBoundInTheOpeningValuesClause() throws QueryException {
        for (NamedQuery q : Queries.bundled()) {
            org.apache.jena.query.Query parsed = QueryRunner.parse(q);
            org.apache.jena.sparql.syntax.ElementData values = QueryRunner.topValues(parsed);
            assertTrue(values != null, q.name() + " opens its WHERE block with VALUES");
            assertEquals(q.parameterNames(), values.getVars().stream().map(v -> v.getVarName()).toList(),
                    q.name() + ": the declared parameters are the VALUES variables");
            assertEquals(1, values.getRows().size(), q.name());
            assertTrue(values.getRows().get(0).isEmpty(), q.name() + ": UNDEF unless bound");
        }
        String text = QueryRunner.text(Queries.load("meetings"), Map.of("state", "Pakistani"), Diplograph::stateNames);
        assertTrue(text.startsWith("# In-person meetings"), "keeps the file's comments: " + text);
        assertTrue(text.contains("VALUES ?state { \"PAK\" }"), text);
        NamedQuery printed = NamedQuery.parse("printed", "printed.rq", text);
        assertEquals(rows("meetings", "state", "PAK"), rows(printed));
    }

    private static org.apache.jena.query.Query prepare(String query, String name, String value) throws QueryException {
        return QueryRunner.prepare(Queries.load(query), Map.of(name, value), Diplograph::stateNames);
    }

    private static List<String> rows(NamedQuery q) {
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                String tsv = QueryRunner.run(store.dataset(), q, Map.of(), QueryRunner.Format.TSV, 0);
                List<String> lines = Arrays.asList(tsv.split("\n"));
                return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
            } catch (QueryException e) {
                throw new AssertionError(e);
            }
        });
    }
}
