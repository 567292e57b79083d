package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;

/** The eight points the foundation issue asks of the seed article, each checked by querying the produced graph. */
class SeedArticleTest {

    private static final String EVENTS = "SELECT ?e ?type ?label WHERE { ?e dg:cameoCode ?c ; a ?type ; rdfs:label ?label }";

    private static void check(String what, String where) {
        assertTrue(Seed.ask(where), what + "\nevents:\n" + Seed.table(EVENTS));
    }

    @Test
    void declinedInvitationToTheSummitForDemocracy() {
        check("Pakistan declines the US invitation to the summit", """
                ?e a dg:DeclinedInvitation ; dg:agent ?pak ; dg:counterpart ?usa ; dg:about ?summit ;
                   dg:cameoCode ?code .
                ?pak dg:iso3 "PAK" . ?usa dg:iso3 "USA" .
                FILTER(STRSTARTS(?code, "12"))
                FILTER NOT EXISTS { ?e dg:polarity dg:Negated }
                """);
        check("the summit is a node: organised by the US, virtual, 9-10 December 2021", """
                ?e a dg:DeclinedInvitation ; dg:about ?summit .
                ?summit a dg:Summit ; rdfs:label ?name ; dg:organizer ?usa ; dg:virtual true ;
                        dg:earliest "2021-12-09"^^xsd:date ; dg:latest "2021-12-10"^^xsd:date .
                ?usa dg:iso3 "USA" .
                FILTER(CONTAINS(LCASE(?name), "democracy"))
                """);
    }

    @Test
    void phoneCallBetweenQureshiAndShermanTwoDaysAgo() {
        check("call on 2021-12-13 between the Foreign Minister of Pakistan and the US Deputy Secretary of State", """
                ?e a dg:PhoneCall ; dg:cameoCode "041" ; dg:participant ?q, ?s ; dg:date "2021-12-13"^^xsd:date .
                FILTER NOT EXISTS { ?e dg:polarity dg:Negated }
                ?q rdfs:label "Shah Mehmood Qureshi" ; dg:represents/dg:iso3 "PAK" ;
                   dg:holdsRole [ dg:title "Foreign Minister" ; dg:ofCountry/dg:iso3 "PAK" ] .
                ?s rdfs:label "Wendy Sherman" ; dg:represents/dg:iso3 "USA" ;
                   dg:holdsRole [ dg:title "Deputy Secretary of State" ; dg:ofCountry/dg:iso3 "USA" ] .
                """);
        check("The Express Tribune is a cited source", """
                ?article a dg:Article ; dg:cites ?paper . ?paper rdfs:label ?name .
                FILTER(CONTAINS(?name, "Express Tribune"))
                """);
    }

    @Test
    void meetingWithDelegationOfUsSenatorsLastWeek() {
        check("Khan met a US delegation during 6-12 December 2021", """
                ?e a dg:Meeting ; dg:participant ?khan, ?delegation ;
                   dg:earliest "2021-12-06"^^xsd:date ; dg:latest "2021-12-12"^^xsd:date .
                ?khan rdfs:label "Imran Khan" ; dg:represents/dg:iso3 "PAK" ;
                      dg:holdsRole [ dg:title "Prime Minister" ; dg:ofCountry/dg:iso3 "PAK" ] .
                ?delegation a dg:Delegation ; dg:represents/dg:iso3 "USA" .
                """);
    }

    @Test
    void negatedCallBetweenBidenAndKhanAndNoAffirmedOne() {
        check("a negated call between Biden and Khan", """
                ?e a dg:PhoneCall ; dg:polarity dg:Negated ; dg:participant ?b, ?k .
                ?b rdfs:label "Joe Biden" ; dg:represents/dg:iso3 "USA" ;
                   dg:holdsRole [ dg:title "President" ; dg:ofCountry/dg:iso3 "USA" ] .
                ?k rdfs:label "Imran Khan" .
                """);
        assertTrue(!Seed.ask("""
                ?e a dg:PhoneCall ; dg:participant ?b, ?k .
                ?b rdfs:label "Joe Biden" . ?k rdfs:label "Imran Khan" .
                FILTER NOT EXISTS { ?e dg:polarity dg:Negated }
                """), "no affirmed call between Biden and Khan");
    }

    @Test
    void onePersonNodePerPersonAndOneEventPerEvent() {
        for (String name : new String[] {"Shah Mehmood Qureshi", "Wendy Sherman", "Imran Khan", "Joe Biden"}) {
            assertEquals(1, Seed.count("?p a dg:Person ; rdfs:label \"" + name + "\""), name);
        }
        assertEquals(4, Seed.count("?p a dg:Person"), "exactly the four persons");
        assertEquals(1, Seed.count("?e a dg:DeclinedInvitation"), "one refusal");
        assertEquals(1, Seed.count("?e a dg:Meeting"), "one meeting");
        assertEquals(1, Seed.count("?e a dg:PhoneCall FILTER NOT EXISTS { ?e dg:polarity dg:Negated }"), "one call");
        assertTrue(Seed.count("?e a dg:DeclinedInvitation ; dg:evidence ?span") >= 3,
                "the refusal is mentioned several times and keeps every mention as evidence");
    }

    @Test
    void articleDateDatelineAndAgency() {
        check("date, dateline and agency", """
                ?a a dg:Article ; dct:date "2021-12-15"^^xsd:date ; dct:identifier ?id ;
                   dg:dateline [ rdfs:label "Islamabad" ] ; dg:reportedBy ?ani .
                ?ani dg:code "ANI" .
                """);
    }

    @Test
    void everyEventHasEvidenceProvenanceAndConfidence() throws IOException {
        String text = Files.readString(Seed.FILE);
        int events = Seed.count("?e dg:cameoCode ?c");
        assertTrue(events >= 5, "events found: " + events);
        assertEquals(events, Seed.count("?e dg:cameoCode ?c ; prov:wasDerivedFrom ?a ; dg:confidence ?conf ."
                + " ?a a dg:Article FILTER(?conf >= 0 && ?conf <= 1)"));
        assertEquals(0, Seed.count("?e dg:cameoCode ?c FILTER NOT EXISTS { ?e dg:evidence ?x }"));
        String spans = "SELECT ?quote ?begin ?end WHERE { ?e dg:evidence [ dg:quote ?quote ; dg:begin ?begin ; dg:end ?end ] }";
        int checked = 0;
        try (QueryExecution q = QueryExecution.dataset(Seed.dataset()).query(Seed.PREFIXES + spans).build()) {
            ResultSet r = q.execSelect();
            while (r.hasNext()) {
                QuerySolution s = r.next();
                int begin = s.getLiteral("begin").getInt();
                int end = s.getLiteral("end").getInt();
                String byCodePoints = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
                assertEquals(s.getLiteral("quote").getString(), byCodePoints, "quote at " + begin + ".." + end);
                checked++;
            }
        }
        assertTrue(checked >= events);
    }
}
