package org.diplograph.server;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request body of unknown length (chunked), read in full before the request goes on, so that one over the limit
 * is refused with 413 before anything acts on it. Read as it streamed by, the same body got a 204 for a SPARQL Update
 * of which nothing was applied (the client believed it worked) and a 500 with a stack trace everywhere else. Up to
 * 1 MB stays in memory; a larger body goes to a temporary file in the server's own directory, removed when the
 * request is over.
 */
final class SpooledBody extends HttpServletRequestWrapper implements AutoCloseable {

    private static final int IN_MEMORY = 1 << 20;

    private final byte[] bytes;
    private final Path file;
    private final long length;

    private SpooledBody(HttpServletRequest request, byte[] bytes, Path file, long length) {
        super(request);
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    /** Reads the body; returns null when it is over {@code maxBytes} (nothing kept). */
    static SpooledBody read(HttpServletRequest request, long maxBytes, Path spoolDirectory) throws IOException {
        InputStream in = request.getInputStream();
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        Path file = null;
        OutputStream out = memory;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    out.close();
                    if (file != null) {
                        Files.deleteIfExists(file);
                    }
                    return null;
                }
                if (file == null && total > IN_MEMORY) {
                    file = Files.createTempFile(spoolDirectory, "body-", ".tmp");
                    out = Files.newOutputStream(file, StandardOpenOption.WRITE);
                    memory.writeTo(out);
                    memory = null;
                }
                out.write(buffer, 0, n);
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        return new SpooledBody(request, memory == null ? null : memory.toByteArray(), file, total);
    }

    @Override
    public long getContentLengthLong() {
        return length;
    }

    @Override
    public int getContentLength() {
        return (int) Math.min(length, Integer.MAX_VALUE);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        InputStream in = bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                finished = n < 0;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body was read already; no asynchronous reading");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
    }

    /** Removes the temporary file, if there is one. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
