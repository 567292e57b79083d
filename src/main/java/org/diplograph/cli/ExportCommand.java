package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.system.Txn;
import org.diplograph.export.Exporter;
import org.diplograph.export.RdfOutput;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph export}: the whole store to a file, streamed where the format allows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store to a file; the format follows the extension (" + RdfOutput.SUPPORTED + ").")
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
        Exporter.Written written;
        try (Tdb2Store store = Tdb2Store.openExisting(common.store());
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            written = Txn.calculateRead(store.dataset(),
                    () -> Exporter.write(store.dataset().asDatasetGraph(), out, format, true));
        } catch (IOException e) {
            throw new UserError(output + ": cannot write the export (" + e.getMessage() + ")");
        }
        if (written.mergeNote() != null) {
            spec.commandLine().getErr().println("diplograph: note: " + written.mergeNote());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().println("Exported " + common.store() + " to " + output);
        return Failures.OK;
    }
}
