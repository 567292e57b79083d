package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.diplograph.ontology.DG;
import org.diplograph.pipeline.Seed;
import org.diplograph.validate.ShapesValidator;
import org.junit.jupiter.api.Test;

/** The output conforms to ontology/shapes.ttl, and the shapes do catch broken data. */
class ShapesTest {

    private static final ShapesValidator SHAPES = ShapesValidator.bundled();

    @Test
    void seedOutputConforms() {
        Graph union = Seed.dataset().getDefaultModel().getGraph();
        assertEquals(List.of(), SHAPES.validate(union));
    }

    @Test
    void brokenEventsAreReported() {
        Model m = ModelFactory.createDefaultModel();
        m.add(Seed.dataset().getDefaultModel());
        Resource call = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DG.eventClass("PhoneCall"))
                .next();
        call.removeAll(DG.evidence);
        call.removeAll(DG.confidence);
        call.addLiteral(DG.confidence, m.createTypedLiteral(new java.math.BigDecimal("1.5")));
        call.addProperty(DG.agent, m.createResource("https://example.org/not-a-participant"));
        List<ShapesValidator.Violation> violations = SHAPES.validate(m.getGraph());
        String report = violations.toString();
        assertTrue(violations.size() >= 3, report);
        assertTrue(report.contains("evidence"), report);
        assertTrue(report.contains("participant"), report);
    }
}
