package org.diplograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.diplograph.pipeline.Diplograph;
import org.junit.jupiter.api.Test;

/** Parameter values are checked against their declared types: states, dates and IRIs. */
class ParameterValuesTest {

    private static final StateNames THREE = StateNames.of(List.of(
            new StateNames.State("PAK", "Pakistan", List.of("Islamic Republic of Pakistan"), List.of("Pakistani")),
            new StateNames.State("COD", "Democratic Republic of the Congo", List.of("Congo", "DRC"), List.of("Congolese")),
            new StateNames.State("COG", "Republic of the Congo", List.of("Congo"), List.of("Congolese"))));

    private static final NamedQuery Q = NamedQuery.parse("q", "q.rq", """
            # Test query.
            #   ?state  state  a state
            #   ?from   date   first day
            #   ?to     date   last day
            #   ?event  iri    an event
            SELECT * WHERE { VALUES (?state ?from ?to ?event) { (UNDEF UNDEF UNDEF UNDEF) } ?event ?p ?o }
            """);

    private static Node value(String name, String raw) throws QueryException {
        Query parsed = QueryRunner.parse(Q);
        return ParameterValues.resolve(Q, parsed, Map.of(name, raw), () -> THREE).get(name);
    }

    private static String refused(String name, String raw) {
        return assertThrows(ParameterException.class, () -> value(name, raw)).getMessage();
    }

    @Test
    void theHeaderDeclaresTypedParameters() {
        assertEquals(List.of("state", "from", "to", "event"), Q.parameterNames());
        assertEquals(Parameter.Type.DATE, Q.parameter("from").type());
        assertEquals("Test query.", Q.description());
    }

    @Test
    void aStateIsACodeANameOrADemonym() throws QueryException {
        for (String raw : List.of("PAK", "pak", " Pakistan ", "pakistani", "Islamic  Republic of Pakistan")) {
            assertEquals("PAK", value("state", raw).getLiteralLexicalForm(), raw);
        }
        assertEquals("COD", value("state", "DRC").getLiteralLexicalForm());
    }

    @Test
    void anUnknownOrAmbiguousStateIsRefusedWithTheAcceptedForms() {
        String unknown = refused("state", "Pakistn");
        assertEquals("q.rq: ?state: 'Pakistn' is not a state Diplograph knows; give an ISO 3166-1 alpha-3 code (PAK),"
                + " an English name (Pakistan) or a demonym (Pakistani); did you mean Pakistan (PAK)?", unknown);
        assertTrue(refused("state", "Atlantis").endsWith("or a demonym (Pakistani)"));
        assertEquals("q.rq: ?state: 'Congolese' may be COD (Democratic Republic of the Congo) or COG (Republic of the"
                + " Congo); give the ISO 3166-1 alpha-3 code", refused("state", "Congolese"));
    }

    @Test
    void theLexiconKnowsNamesAndDemonyms() {
        StateNames names = Diplograph.stateNames();
        assertTrue(names.size() > 190, "states: " + names.size());
        assertEquals(java.util.Set.of("PAK"), names.codes("Pakistani"));
        assertEquals(java.util.Set.of("USA"), names.codes("American"));
        assertEquals(java.util.Set.of("USA"), names.codes("United States"));
        assertEquals(java.util.Set.of("DEU"), names.codes("german"));
    }

    @Test
    void aDateIsARealDayAsYyyyMmDd() throws QueryException {
        Node d = value("from", "2021-12-01");
        assertEquals("2021-12-01", d.getLiteralLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", d.getLiteralDatatypeURI());
        assertEquals(d, value("from", "\"2021-12-01\"^^xsd:date"));
        assertEquals("q.rq: ?from: 'yesterday' is not a date; give a day as YYYY-MM-DD, e.g. 2021-12-01",
                refused("from", "yesterday"));
        assertTrue(refused("from", "2021-02-30").contains("is not a day of the calendar"));
        assertTrue(refused("to", "12/01/2021").contains("is not a date"));
        assertTrue(refused("to", "2021-12-1").contains("is not a date"));
    }

    @Test
    void fromMustNotBeAfterTo() {
        String message = assertThrows(ParameterException.class, () -> ParameterValues.resolve(Q, QueryRunner.parse(Q),
                Map.of("from", "2022-01-01", "to", "2021-12-31"), () -> THREE)).getMessage();
        assertEquals("q.rq: ?from (2022-01-01) is after ?to (2021-12-31)", message);
    }

    @Test
    void anEventIsAnIri() throws QueryException {
        String iri = "https://w3id.org/diplograph/id/event/94b3b338ff731116-phonecall-883";
        assertEquals(iri, value("event", "<" + iri + ">").getURI());
        assertEquals(iri, value("event", iri).getURI());
        assertEquals(iri, value("event", "event:94b3b338ff731116-phonecall-883").getURI());
        assertTrue(refused("event", "phonecall-883").contains("is not an IRI"));
        assertTrue(refused("event", "<not an iri>").contains("is not an IRI"));
    }

    @Test
    void anUnknownParameterNamesTheDeclaredOnes() {
        QueryException e = assertThrows(QueryException.class, () -> value("nosuch", "1"));
        assertEquals("q.rq has no parameter ?nosuch (it takes: ?state, ?from, ?to, ?event)", e.getMessage());
    }
}
