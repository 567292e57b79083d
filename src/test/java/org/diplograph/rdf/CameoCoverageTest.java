package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.article.ArticleFiles;
import org.diplograph.model.EventType;
import org.diplograph.ontology.DG;
import org.diplograph.ontology.Iris;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.testkit.Fixtures;
import org.diplograph.validate.ShapesValidator;
import org.junit.jupiter.api.Test;

/**
 * Every event's CAMEO concept is one its class covers: listed by the class's {@code dg:cameo} or narrower than
 * one of those ({@code skos:broader}). Checked by the SHACL shapes wherever the ontology is in the data.
 */
class CameoCoverageTest {

    private static final ShapesValidator SHAPES = ShapesValidator.bundled();
    private static final String MESSAGE = "CAMEO concept is one its class covers";

    private static Model ontology() {
        return ModelFactory.createDefaultModel().add(RDFDataMgr.loadModel("ontology/diplograph.ttl"))
                .add(RDFDataMgr.loadModel("ontology/cameo.ttl"));
    }

    private static long violations(Model m) {
        return SHAPES.validate(m.getGraph()).stream().filter(v -> v.message().contains(MESSAGE)).count();
    }

    @Test
    void extractedEventsHaveCodesTheirClassCovers() {
        // The seed, and two releases whose visits are coded 043 (the host receives the visit).
        Path dir = Fixtures.CORPUS;
        List<ArticleFiles.Input> inputs = new ArrayList<>(Fixtures.seedAndCorpus(0));
        for (String name : List.of("sd_2022-05-03_2022-u-s-armenia-strategic-dialogue-joint-statement.txt",
                "sd_2022-07-25_u-s-pakistan-health-dialogue-launched-to-deepen-health-sector-cooperat.txt")) {
            inputs.add(new ArticleFiles.Input(dir.resolve(name), name));
        }
        Dataset ds = Diplograph.create().extractAll(inputs, new ArrayList<>(), n -> { });
        Model m = ontology();
        ds.listNames().forEachRemaining(n -> m.add(ds.getNamedModel(n)));
        assertTrue(m.contains(null, DG.cameoType, m.createResource(Iris.cameo("043"))), "a visit coded 043 is in the data");
        assertEquals(0, violations(m), SHAPES.validate(m.getGraph()).toString());
    }

    @Test
    void aCodeOutsideTheClassIsReportedAndNarrowerCodesAreCovered() {
        Model m = ontology();
        event(m, "meeting-received", "Meeting", "043");
        event(m, "visit-received", "Visit", "043");
        event(m, "criticism", "Disapproval", "111");
        assertEquals(0, violations(m), "043 is a Meeting's and a Visit's; 111 is narrower than a Disapproval's 11");
        event(m, "meeting-as-call", "Meeting", "041");
        assertEquals(1, violations(m), "041 (a phone call) is not a Meeting's");
    }

    @Test
    void everyEventTypesDefaultCodeIsCoveredByItsClass() {
        Model m = ontology();
        for (EventType t : EventType.values()) {
            event(m, t.localName(), t.localName(), t.cameo());
        }
        assertEquals(0, violations(m), SHAPES.validate(m.getGraph()).toString());
    }

    private static void event(Model m, String name, String type, String code) {
        Resource e = m.createResource("https://example.org/event/" + name);
        e.addProperty(RDF.type, DG.eventClass(type)).addProperty(DG.cameoCode, code)
                .addProperty(DG.cameoType, m.createResource(Iris.cameo(code)));
    }
}
