package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.diplograph.export.Exporter;
import org.diplograph.export.RdfOutput;
import org.diplograph.pipeline.Diplograph;

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

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files, or directories of *.txt articles.")
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
        Inputs in = new Inputs(inputs);
        List<String> problems = new ArrayList<>(in.problems);
        Dataset dataset = Diplograph.create().extractAll(in.files, problems, note -> spec.commandLine().getErr()
                .println("diplograph: note: " + note));
        if (output == null) {
            OutputStream out = new java.io.ByteArrayOutputStream();
            Exporter.write(dataset.asDatasetGraph(), out, format, false);
            spec.commandLine().getOut().print(((java.io.ByteArrayOutputStream) out).toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            try (OutputStream out = Files.newOutputStream(output)) {
                Exporter.write(dataset.asDatasetGraph(), out, format, false);
            } catch (IOException e) {
                throw new UserError(output + ": cannot write the output (" + e.getMessage() + ")");
            }
            spec.commandLine().getErr().println("diplograph: wrote " + output);
        }
        return Inputs.report(problems, spec.commandLine().getErr()) ? Failures.FAILED : Failures.OK;
    }
}
