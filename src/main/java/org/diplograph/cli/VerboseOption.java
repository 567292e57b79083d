package org.diplograph.cli;

import picocli.CommandLine.Option;

/** The --verbose option of commands that do not touch the store. */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and progress details.")
    boolean verbose;
}
