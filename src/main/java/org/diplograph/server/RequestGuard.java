package org.diplograph.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first filter of every request: refuses bodies and query strings over the size limit (413 / 414), and,
 * unless updates are allowed, any request that could change the server's state through the admin area
 * ({@code /$/…}: adding or dropping datasets, compaction, backups) — only GET and HEAD pass there.
 */
final class RequestGuard implements Filter {

    private final long maxBytes;
    private final boolean allowUpdates;

    RequestGuard(long maxBytes, boolean allowUpdates) {
        this.maxBytes = maxBytes;
        this.allowUpdates = allowUpdates;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String query = request.getQueryString();
        if (query != null && query.length() > maxBytes) {
            response.sendError(414, "query string longer than the server's limit of " + maxBytes + " bytes");
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(413, "request body of " + request.getContentLengthLong()
                    + " bytes is over the server's limit of " + maxBytes + " bytes");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (!allowUpdates && path.startsWith("/$/") && !method.equals("GET") && !method.equals("HEAD")
                && !method.equals("OPTIONS")) {
            response.sendError(403, "this server is read-only (start it with --allow-updates to change it)");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, resp);
    }

    /** A request of unknown length (chunked): reading past the limit fails. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > maxBytes) {
                        throw new IOException("request body over the server's limit of " + maxBytes + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }
}
