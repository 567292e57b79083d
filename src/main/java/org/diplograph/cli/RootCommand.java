package org.diplograph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code diplograph}: the top command; it only holds the subcommands. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Turns news about international relations into an event-centric RDF knowledge graph.",
        subcommands = {RunCommand.class, ExtractCommand.class, LoadCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvaluateCommand.class, StatsCommand.class,
                RemoveCommand.class, ServeCommand.class, PushCommand.class, BenchCommand.class})
public final class RootCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"diplograph " + (v == null ? "development" : v),
                    "Apache Jena 5.6.0, Apache OpenNLP 2.5.6, Java " + System.getProperty("java.version")};
        }
    }
}
