package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.diplograph.article.ArticleInputs;
import org.diplograph.export.Exporter;
import org.diplograph.export.OutputFile;
import org.diplograph.export.RdfOutput;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.pipeline.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph extract}: articles in, RDF out (one named graph per article). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract actors and diplomatic events from articles and print them as RDF.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-",
            description = "Article files, directories of *.txt articles, .jsonl files, or - for standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE; the format follows the extension (" + RdfOutput.SUPPORTED
                    + "). Default: TriG on standard output.")
    Path output;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        RdfOutput format = output == null ? RdfOutput.trig() : RdfOutput.forFile(output);
        if (format == null) {
            throw new Failures.UsageError(output + ": unknown RDF format; use one of " + RdfOutput.SUPPORTED);
        }
        List<String> problems = new ArrayList<>();
        Dataset dataset;
        try (ArticleInputs in = Inputs.lazy(PipelineOptions.strings(inputs))) {
            dataset = Diplograph.create().extractAll(in, Diplograph.Options.defaults(),
                    new Progress(spec.commandLine().getErr(), false, 0, -1), problems);
        }
        if (output == null) {
            OutputStream out = new java.io.ByteArrayOutputStream();
            Exporter.write(dataset.asDatasetGraph(), out, format, false);
            spec.commandLine().getOut().print(((java.io.ByteArrayOutputStream) out).toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            Exporter.Written[] written = new Exporter.Written[1];
            try {
                OutputFile.write(output, out -> written[0] = Exporter.write(dataset.asDatasetGraph(), out, format, false));
            } catch (OutputFile.WriteException e) {
                throw new UserError(e.getMessage());
            }
            if (written[0].mergeNote() != null) {
                spec.commandLine().getErr().println("diplograph: note: " + written[0].mergeNote());
            }
            spec.commandLine().getErr().println("diplograph: wrote " + output);
        }
        return Inputs.skipped(new Diplograph.BatchReport(0, 0, 0, problems), spec.commandLine().getErr())
                ? Failures.FAILED : Failures.OK;
    }
}
