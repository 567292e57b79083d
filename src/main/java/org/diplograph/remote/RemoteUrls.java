package org.diplograph.remote;

import java.net.URI;
import java.util.Locale;

/** Checks the URLs given to {@code push} and prints them without user information. */
final class RemoteUrls {

    private RemoteUrls() {
    }

    /**
     * @throws IllegalArgumentException for URLs that are not http(s), carry a user name, or would send
     *                                  credentials in clear text without {@code insecure}
     */
    static void check(URI url, String option, RemoteSettings settings) {
        Credentials credentials = settings.credentials();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(option + " " + display(url) + ": not an http:// or https:// URL");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(option + " " + display(url) + ": put the user name in --user and the"
                    + " password in an environment variable named by --password-env, not in the URL");
        }
        if (credentials != null && scheme.equals("http") && !settings.insecure()) {
            throw new IllegalArgumentException(option + " " + display(url) + ": refusing to send the password of "
                    + credentials.user() + " over plain http; use https, or add --insecure if you trust the network");
        }
        if (settings.token() != null && scheme.equals("http") && !settings.insecure() && !loopback(url.getHost())) {
            throw new IllegalArgumentException(option + " " + display(url) + ": refusing to send the token over plain"
                    + " http to another machine; use https, or add --insecure if you trust the network");
        }
    }

    /** Whether the host is this machine's loopback interface, so that nothing sent to it crosses a network. */
    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || h.equals("[::1]")
                || h.equals("::1");
    }

    /** A URL as it may be printed: without user information. */
    public static String display(URI url) {
        try {
            return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null)
                    .toString();
        } catch (java.net.URISyntaxException e) {
            return "(unprintable URL)";
        }
    }

}
