package org.diplograph.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first filter of every request; a refusal is a 4xx with a one-line text answer and one log line. In order:
 * <ol>
 *   <li>the {@code Host} must name this server ({@link HostNames}), else 421: DNS rebinding stops here;</li>
 *   <li>an {@code Origin} must be the server's own or the one {@code --cors} names, else 403: no other site's page
 *       reads or writes anything, and no CORS headers are sent unless {@code --cors} asks for them;</li>
 *   <li>the admin area {@code /$/} answers only {@code /$/ping}, and with {@code --ui} the read-only information
 *       the UI reads; it never takes a change (403); without {@code --ui} only {@code /ds} and {@code /} exist;</li>
 *   <li>query strings and bodies over the size limit: 414 and 413;</li>
 *   <li>a request that would change the store (update, upload, Graph Store write) needs {@code --allow-updates}, and
 *       then comes from the server's own pages (same origin) or carries the token, else 403;</li>
 *   <li>a body of unknown length is read in full first ({@link SpooledBody}), so that one over the limit is a 413
 *       before anything acts on it.</li>
 * </ol>
 * What goes wrong further in is one log line and a 500 when the answer has not started, never a stack trace.
 */
final class RequestGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("org.diplograph.serve");

    private final ServeSettings settings;
    private final HostNames hosts;
    private final ServedPaths paths;
    private final Path spool;
    private volatile int port;

    RequestGuard(ServeSettings settings, Path spool, String storeName) {
        this.settings = settings;
        this.hosts = HostNames.of(settings.everywhere(), settings.hostNames());
        this.paths = new ServedPaths(settings.ui(), storeName);
        this.spool = spool;
    }

    /** The port the server listens on, once it is bound (requests name it in their Host). */
    void boundTo(int port) {
        this.port = port;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (!hosts.accepts(host, port)) {
            refuse(request, response, 421, "Host '" + host + "' is not this server's address; address it as"
                    + " 127.0.0.1:" + port + (settings.everywhere() ? ", by one of this machine's addresses, or give"
                    + " serve --host-name NAME" : ""));
            return;
        }
        String origin = request.getHeader("Origin");
        boolean sameOrigin = origin != null && origin.equalsIgnoreCase("http://" + host);
        boolean corsOrigin = origin != null && origin.equalsIgnoreCase(settings.cors());
        if (origin != null && !sameOrigin && !corsOrigin) {
            refuse(request, response, 403, origin.equals("null") ? "request from a page without an origin (a"
                    + " sandboxed frame or a local file) refused" : "cross-origin request from " + origin + " refused:"
                    + " this server answers another site's pages only when started with --cors " + origin);
            return;
        }
        if (corsOrigin) {
            response.setHeader("Access-Control-Allow-Origin", settings.cors());
            response.addHeader("Vary", "Origin");
            if (method.equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", settings.allowUpdates()
                        ? "GET, HEAD, POST, PUT, DELETE" : "GET, HEAD, POST");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(204);
                return;
            }
        }
        ServedPaths.Answer instead = paths.answer(path, method);
        if (instead != null) {
            if (instead.status() >= 400) {
                refuse(request, response, instead.status(), instead.text());
            } else {
                answer(response, instead.status(), instead.text());
            }
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > settings.maxRequestBytes()) {
            refuse(request, response, 414, "query string longer than the server's limit of "
                    + settings.maxRequestBytes() + " bytes (--max-request-size)");
            return;
        }
        if (request.getContentLengthLong() > settings.maxRequestBytes()) {
            refuse(request, response, 413, "request body of " + request.getContentLengthLong()
                    + " bytes is over the server's limit of " + settings.maxRequestBytes() + " bytes (--max-request-size)");
            return;
        }
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        boolean form = hasBody && isForm(request);
        if (form && !formReadable(request, response)) {
            return;
        }
        if (Changes.changesState(request, path, method, form)) {
            if (!settings.allowUpdates()) {
                refuse(request, response, 403, "this server is read-only (start it with --allow-updates to change"
                        + " it)");
                return;
            }
            if (!sameOrigin && !Changes.tokenGiven(request, settings.token())) {
                refuse(request, response, 403, "changes are taken from this server's own pages, or with its token"
                        + " (Authorization: Bearer TOKEN, the value serve --token-env names)" + (settings.token() == null
                        ? "; this server was started without one" : ""));
                return;
            }
        }
        SpooledBody spooled = null;
        if (hasBody && !form && request.getContentLengthLong() < 0) {
            spooled = SpooledBody.read(request, settings.maxRequestBytes(), spool);
            if (spooled == null) {
                refuse(request, response, 413, "request body (sent without a length) is over the server's limit of "
                        + settings.maxRequestBytes() + " bytes (--max-request-size); none of it was used");
                return;
            }
        }
        try {
            chain.doFilter(spooled != null ? spooled : request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {} from {}: failed ({})", method, request.getRequestURI(), request.getRemoteAddr(), reason(e));
            if (!response.isCommitted()) {
                response.reset();
                answer(response, 500, "the request failed (" + reason(e) + ")");
            }
        } finally {
            if (spooled != null) {
                spooled.close();
            }
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Lets Jetty read the form now, under its size limit, so that a failure is a 413 or 400 here. */
    private boolean formReadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            if (request.getContentLengthLong() < 0) {
                refuse(request, response, 413, "form body (sent without a length) is over the server's limit of "
                        + settings.maxRequestBytes() + " bytes (--max-request-size), or unreadable; none of it was"
                        + " used");
            } else {
                refuse(request, response, 400, "cannot read the form (" + reason(e) + ")");
            }
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        LOG.warn("{} {} {} from {}: {}", status, request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                why);
        answer(response, status, why);
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        if (status >= 400) {
            response.setHeader("Connection", "close");
        }
        response.getWriter().println(text);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return (m == null || m.isBlank() ? root.getClass().getSimpleName() : m).strip().replaceAll("\\s+", " ");
    }
}
