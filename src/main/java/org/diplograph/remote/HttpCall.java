package org.diplograph.remote;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthLib;

/**
 * One HTTP exchange with a remote store: answers an authentication challenge (Jena's {@link AuthLib}, with the
 * credentials registered for the URL) or sends the bearer token, bounds the wait for a connection and for the whole
 * answer, and turns every failure into a {@link RemoteException} whose one-line message names the URL and the
 * problem, marked transient when trying again may help.
 */
final class HttpCall {

    private static final Set<Integer> TRANSIENT = Set.of(408, 425, 429, 502, 503, 504);

    private final HttpClient http;
    private final RemoteSettings settings;

    HttpCall(RemoteSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A request to {@code uri} with the read timeout and, when there is one, the token. */
    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.readTimeout());
        if (settings.token() != null) {
            builder.header("Authorization", "Bearer " + settings.token());
        }
        return builder;
    }

    /** Sends the request (answering an authentication challenge); returns the body of a 2xx response. */
    String send(HttpRequest request, String what) {
        String where = RemoteUrls.display(request.uri());
        HttpResponse<String> response;
        try {
            response = AuthLib.authExecute(http, request, new DeadlineBody(settings.readTimeout()));
        } catch (HttpException e) {
            if (e.getStatusCode() == 401) {
                throw unauthorised(where, what);
            }
            if (timedOut(e)) {
                throw noAnswer(where, what, e);
            }
            throw new RemoteException(where + ": " + what + " failed: cannot reach the server ("
                    + reason(e) + ")", ioFailure(e), neverConnected(e) ? 0 : RemoteException.NO_ANSWER, e);
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw noAnswer(where, what, e);
            }
            throw new RemoteException(where + ": " + what + " failed (" + reason(e) + ")", ioFailure(e),
                    neverConnected(e) ? 0 : RemoteException.NO_ANSWER, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        if (status == 401) {
            throw unauthorised(where, what);
        }
        String message = where + ": " + what + " failed: HTTP " + status + excerpt(response.body());
        if (TRANSIENT.contains(status)) {
            Duration after = response.headers().firstValue("Retry-After").flatMap(HttpCall::seconds).orElse(null);
            throw new RetryPolicy.Throttled(message, status, after);
        }
        throw new RemoteException(message, false, status, null);
    }

    /**
     * No complete answer within the read timeout. Not retried: the server took the request and may still be working
     * on it, and trying again would only wait as long again.
     */
    private RemoteException noAnswer(String where, String what, Throwable cause) {
        return new RemoteException(where + ": " + what + " failed: no answer within "
                + seconds(settings.readTimeout()) + " (--read-timeout)", false, RemoteException.NO_ANSWER, cause);
    }

    private static String seconds(Duration d) {
        return new java.math.BigDecimal(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException
                    && !(t instanceof java.net.http.HttpConnectTimeoutException)) {
                return true;
            }
        }
        return false;
    }

    private RemoteException unauthorised(String where, String what) {
        String why = settings.credentials() != null
                ? "the server did not accept the password of " + settings.credentials().user()
                : settings.token() != null ? "the server did not accept the token"
                : "the server wants a user name and password: give --user and --password-env";
        return new RemoteException(where + ": " + what + " failed: HTTP 401 Unauthorized (" + why + ")", false, 401,
                null);
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the request never reached the server (so it cannot have changed anything there). */
    private static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.http.HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static boolean ioFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** Why a request got no answer, in words: "connection refused", "unknown host example.org", … */
    private String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (t instanceof java.net.http.HttpConnectTimeoutException) {
                return "no connection within " + seconds(settings.connectTimeout()) + " (--connect-timeout)";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS failure: " + t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return (m == null || m.isBlank() ? root.getClass().getSimpleName().replace("Exception", "") : m)
                .replaceAll("\\s+", " ");
    }

    /** The first line of an error body, short, so that a server's HTML error page does not flood the terminal. */
    static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String lower = body.toLowerCase(Locale.ROOT);
        String text = (lower.contains("<html") || lower.contains("<!doctype") ? body.replaceAll("<[^>]*>", " ") : body)
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "" : " (" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + ")";
    }
}
