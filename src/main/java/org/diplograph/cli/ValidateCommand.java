package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.diplograph.store.Tdb2Store;
import org.diplograph.validate.ShapesValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph validate}: SHACL report against ontology/shapes.ttl; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an RDF file, or the store, against Diplograph's SHACL shapes (exit 1 on violations).")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RDF-FILE", description = "The file to check (default: the store).")
    Path file;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Graph data = GraphMemFactory.createDefaultGraph();
        String what;
        if (file != null) {
            QueryCommand.readData(List.of(file)).asDatasetGraph().getDefaultGraph().find().forEachRemaining(data::add);
            what = file.toString();
        } else {
            try (Tdb2Store store = Tdb2Store.openExisting(common.store())) {
                store.read(() -> {
                    store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(data::add);
                    return null;
                });
            }
            what = common.store().toString();
        }
        List<ShapesValidator.Violation> violations = ShapesValidator.bundled().validate(data);
        var out = spec.commandLine().getOut();
        if (violations.isEmpty()) {
            out.println(what + ": conforms to ontology/shapes.ttl (" + data.size() + " triples)");
            return Failures.OK;
        }
        out.println(what + ": " + violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
                + " of ontology/shapes.ttl");
        violations.forEach(v -> out.println("  " + v));
        return Failures.FAILED;
    }
}
