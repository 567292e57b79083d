package org.diplograph.server;

import java.util.List;

import org.diplograph.query.QueryLimits;

/**
 * How {@code serve} exposes a store.
 *
 * @param port            TCP port; 0 picks a free one
 * @param everywhere      listen on every network interface, not only 127.0.0.1
 * @param allowUpdates    add SPARQL Update and Graph Store Protocol write endpoints
 * @param timeoutMillis   queries running longer are stopped (parsing and planning included)
 * @param maxRequestBytes larger request bodies (and longer query strings) are refused
 * @param query           the limits every query runs within (size, timeout, SERVICE)
 * @param cors            the one other origin (scheme://host[:port]) whose pages may query the server, or null
 * @param token           the token writes from other clients must carry ({@code Authorization: Bearer …}), or null
 *                        (then only the server's own pages can write)
 * @param ui              serve the Fuseki UI, with the read-only server information under {@code /$/} it reads
 * @param hostNames       names besides the bound addresses that requests may be addressed to (a DNS name)
 */
public record ServeSettings(int port, boolean everywhere, boolean allowUpdates, long timeoutMillis,
                            long maxRequestBytes, QueryLimits query, String cors, String token, boolean ui,
                            List<String> hostNames) {

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
        if (cors != null && !cors.matches("https?://[^/\\s*]+")) {
            throw new IllegalArgumentException("--cors " + cors + ": give one origin, scheme://host[:port] without a"
                    + " path (for example https://example.org)");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token is too short to be a secret (fewer than 16 characters)");
        }
        hostNames = List.copyOf(hostNames);
    }

    /** The settings of earlier versions: no CORS, no token, no UI, no SERVICE, the standard query size. */
    public ServeSettings(int port, boolean everywhere, boolean allowUpdates, long timeoutMillis, long maxRequestBytes) {
        this(port, everywhere, allowUpdates, timeoutMillis, maxRequestBytes,
                new QueryLimits(QueryLimits.DEFAULT_MAX_CHARS, timeoutMillis, false), null, null, false, List.of());
    }

    /** The same settings with the Fuseki UI (and the server information it reads) on or off. */
    public ServeSettings withUi(boolean on) {
        return new ServeSettings(port, everywhere, allowUpdates, timeoutMillis, maxRequestBytes, query, cors, token, on,
                hostNames);
    }

    @Override
    public String toString() {
        return "ServeSettings[port=" + port + ", everywhere=" + everywhere + ", allowUpdates=" + allowUpdates
                + ", timeoutMillis=" + timeoutMillis + ", maxRequestBytes=" + maxRequestBytes + ", query=" + query
                + ", cors=" + cors + ", token=" + (token == null ? "none" : "(hidden)") + ", ui=" + ui
                + ", hostNames=" + hostNames + "]";
    }
}
