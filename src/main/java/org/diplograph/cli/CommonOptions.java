package org.diplograph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
final class CommonOptions {

    /** The store directory when neither --store nor DIPLOGRAPH_STORE says otherwise. */
    static final String DEFAULT_STORE = "diplograph-store";

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store directory (default: $DIPLOGRAPH_STORE or ./" + DEFAULT_STORE + ").")
    Path store;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and progress details.")
    boolean verbose;

    Path store() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("DIPLOGRAPH_STORE");
        return Path.of(env == null || env.isBlank() ? DEFAULT_STORE : env);
    }
}
