package org.diplograph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks a graph against Diplograph's SHACL shapes ({@code ontology/shapes.ttl}). */
public final class ShapesValidator {

    /** One violation, in words a user can act on. */
    public record Violation(String focus, String path, String message) {
        @Override
        public String toString() {
            return focus + (path == null ? "" : " " + path) + ": " + message;
        }
    }

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped with Diplograph. */
    public static ShapesValidator bundled() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ShapesValidator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl is missing from the class path");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/shapes.ttl", e);
        }
        return new ShapesValidator(Shapes.parse(m.getGraph()));
    }

    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(String.valueOf(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                    e.message()));
        }
        return out;
    }
}
