package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.system.Txn;
import org.diplograph.article.ArticleInputs;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.Progress;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.Queries;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.StoreSummary;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph run}: the main job — load articles into the store, summarise, answer the bundled queries. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Load articles into the embedded store, then print a summary and the answers of the bundled queries.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = "Article files, directories of *.txt articles, .jsonl files, or - for standard input.")
    List<Path> inputs;

    @Mixin
    CommonOptions common;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Diplograph.Options options = pipeline.options(Diplograph.Options.DEFAULT_BATCH);
        List<String> arguments = PipelineOptions.strings(inputs);
        Progress progress = pipeline.progress(spec.commandLine().getErr(), arguments);
        Path dir = common.store();
        boolean failed;
        // the inputs first: a named pipe or device among them is refused before the store is locked
        try (ArticleInputs in = Inputs.lazy(arguments); Tdb2Store store = Tdb2Store.open(dir)) {
            Diplograph.BatchReport report = Diplograph.create().load(in, store, options, progress);
            progress.finish();
            out.printf("Loaded %d article%s (%d events, %d triples) into %s%n%n", report.articles(),
                    report.articles() == 1 ? "" : "s", report.events(), report.triples(), dir);
            failed = Inputs.skipped(report, spec.commandLine().getErr());
            Txn.executeRead(store.dataset(), () -> {
                summary(out, StoreSummary.of(store.dataset()));
                for (NamedQuery q : Queries.bundled()) {
                    out.println("== " + q.name() + ": " + q.description());
                    try {
                        out.print(QueryRunner.run(store.dataset(), q, Map.of(), QueryRunner.Format.TABLE, 0));
                    } catch (QueryException e) {
                        throw new UserError(e.getMessage());
                    }
                    out.println();
                }
            });
        }
        out.flush();
        return failed ? Failures.FAILED : Failures.OK;
    }

    private static void summary(PrintWriter out, StoreSummary s) {
        out.printf("Store: %d article%s, %d event%s%n", s.articles(), s.articles() == 1 ? "" : "s", s.eventCount(),
                s.eventCount() == 1 ? "" : "s");
        out.println("Actors taking part: " + join(s.actors()));
        out.println("Events by type:     " + join(s.events()));
        out.println();
    }

    private static String join(Map<String, Long> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
