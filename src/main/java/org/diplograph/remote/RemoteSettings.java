package org.diplograph.remote;

import java.time.Duration;

/**
 * How {@code push} talks to a remote store.
 *
 * @param credentials    user name and password for the server's Basic or Digest challenge, or null
 * @param token          a bearer token sent with every request ({@code Authorization: Bearer …}), or null; a
 *                       {@code diplograph serve --allow-updates --token-env VAR} takes writes with it
 * @param insecure       send the password or token over plain http to another machine
 * @param connectTimeout longest wait for a connection
 * @param readTimeout    longest wait for the whole answer to one request
 */
public record RemoteSettings(Credentials credentials, String token, boolean insecure, Duration connectTimeout,
                             Duration readTimeout) {

    public RemoteSettings {
        if (credentials != null && token != null) {
            throw new IllegalArgumentException("give either --user and --password-env or --token-env, not both");
        }
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("--connect-timeout must be positive");
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("--read-timeout must be positive");
        }
    }

    /** No password or token, the default timeouts (10 s to connect, 60 s for an answer). */
    public static RemoteSettings anonymous() {
        return new RemoteSettings(null, null, false, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    @Override
    public String toString() {
        return "RemoteSettings[credentials=" + credentials + ", token=" + (token == null ? "none" : "(hidden)")
                + ", insecure=" + insecure + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
