package org.diplograph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.pipeline.Diplograph;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph load}: articles into the TDB2 store; loading an article again replaces its graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract articles and load them into the TDB2 store (an article loaded again replaces its graph).")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files, or directories of *.txt articles.")
    List<Path> inputs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new Failures.UsageError("--batch must be at least 1");
        }
        Inputs in = new Inputs(inputs);
        Path dir = common.store();
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            if (common.verbose) {
                store.onCommit(n -> spec.commandLine().getErr().println("diplograph: note: committed " + n
                        + (n == 1 ? " graph" : " graphs") + " to " + dir));
            }
            Diplograph.BatchReport report = Diplograph.create().load(in.files, store, batch,
                    note -> spec.commandLine().getErr().println("diplograph: note: " + note));
            spec.commandLine().getOut().printf("Loaded %d article%s (%d events, %d triples) into %s%n",
                    report.articles(), report.articles() == 1 ? "" : "s", report.events(), report.triples(), dir);
            boolean failed = Inputs.report(in.problems, spec.commandLine().getErr())
                    | Inputs.report(report.problems(), spec.commandLine().getErr());
            return failed ? Failures.FAILED : Failures.OK;
        }
    }
}
