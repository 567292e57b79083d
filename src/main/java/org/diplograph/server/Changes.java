package org.diplograph.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests would change the store, and whether one carries the server's token. */
final class Changes {

    private Changes() {
    }

    /**
     * Whether the request could change the store: anything but reads, except queries, which POST may carry to
     * {@code /ds/sparql}, {@code /ds/query}, or {@code /ds} (as a SPARQL query body, or a form with {@code query}).
     */
    static boolean changesState(HttpServletRequest request, String path, String method, boolean form) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        if (method.equals("POST") && (path.equals(ServeSettings.DATASET + "/sparql")
                || path.equals(ServeSettings.DATASET + "/query"))) {
            return false;
        }
        if (method.equals("POST") && path.equals(ServeSettings.DATASET)) {
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/sparql-query")) {
                return false;
            }
            if (form) {
                return request.getParameter("update") != null || request.getParameter("query") == null;
            }
        }
        return true;
    }

    /** Whether the request carries {@code Authorization: Bearer TOKEN} with this token (compared in constant time). */
    static boolean tokenGiven(HttpServletRequest request, String token) {
        String header = request.getHeader("Authorization");
        if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
