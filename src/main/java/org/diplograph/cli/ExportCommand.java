package org.diplograph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.export.Exporter;
import org.diplograph.export.OutputFile;
import org.diplograph.export.RdfOutput;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph export}: the whole store to a file, streamed where the format allows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store to a file; the format follows the extension (" + RdfOutput.SUPPORTED + ").",
                "The file is written under a temporary name beside it and renamed once complete, so a failed export"
                        + " leaves the file that was there."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        RdfOutput format = RdfOutput.forFile(output);
        if (format == null) {
            throw new Failures.UsageError(output + ": unknown RDF format; use one of " + RdfOutput.SUPPORTED);
        }
        Exporter.Written[] written = new Exporter.Written[1];
        try (Tdb2Store store = Tdb2Store.openExisting(common.store())) {
            OutputFile.write(output, out -> store.read(() -> {
                written[0] = Exporter.write(store.dataset().asDatasetGraph(), out, format, true);
                return null;
            }));
        } catch (OutputFile.WriteException e) {
            throw new UserError(e.getMessage());
        }
        if (written[0].mergeNote() != null) {
            spec.commandLine().getErr().println("diplograph: note: " + written[0].mergeNote());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().println("Exported " + common.store() + " to " + output);
        return Failures.OK;
    }
}
