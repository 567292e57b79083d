package org.diplograph.server;

/**
 * How {@code serve} exposes a store.
 *
 * @param port            TCP port; 0 picks a free one
 * @param everywhere      listen on every network interface, not only 127.0.0.1
 * @param allowUpdates    add SPARQL Update and Graph Store Protocol write endpoints
 * @param timeoutMillis   queries running longer are stopped
 * @param maxRequestBytes larger request bodies (and longer query strings) are refused
 */
public record ServeSettings(int port, boolean everywhere, boolean allowUpdates, long timeoutMillis,
                            long maxRequestBytes) {

    /** The dataset's path on the server: queries go to {@code /ds/sparql}. */
    public static final String DATASET = "/ds";

    public ServeSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("--max-request-size must be positive");
        }
    }
}
