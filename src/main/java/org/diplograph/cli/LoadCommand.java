package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.article.ArticleInputs;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.Progress;
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

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = "Article files, directories of *.txt articles, .jsonl files, or - for standard input.")
    List<Path> inputs;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Diplograph.Options.DEFAULT_BATCH,
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    CommonOptions common;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new Failures.UsageError("--batch must be at least 1");
        }
        Diplograph.Options options = pipeline.options(batch);
        List<String> arguments = PipelineOptions.strings(inputs);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = pipeline.progress(err, arguments);
        Path dir = common.store();
        // the inputs first: a named pipe or device among them is refused before the store is locked
        try (ArticleInputs in = Inputs.lazy(arguments); Tdb2Store store = Tdb2Store.open(dir)) {
            if (common.verbose) {
                store.onCommit(n -> err.println("diplograph: note: committed " + n
                        + (n == 1 ? " graph" : " graphs") + " to " + dir));
            }
            Diplograph.BatchReport report = Diplograph.create().load(in, store, options, progress);
            progress.finish();
            spec.commandLine().getOut().printf("Loaded %d article%s (%d events, %d triples) into %s%n",
                    report.articles(), report.articles() == 1 ? "" : "s", report.events(), report.triples(), dir);
            return Inputs.skipped(report, err) ? Failures.FAILED : Failures.OK;
        }
    }
}
