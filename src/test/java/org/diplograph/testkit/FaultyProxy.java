package org.diplograph.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small HTTP server on 127.0.0.1 in front of a real one: it passes requests on and their answers back, except
 * where its rule says to answer with an error instead. It keeps every request it saw, numbered from 1.
 */
public final class FaultyProxy implements AutoCloseable {

    /** A request as the proxy saw it; {@code body} is decoded as UTF-8 (form bodies stay URL-encoded). */
    public record Seen(int number, String method, String uri, String body) {
    }

    /** An answer given instead of the real server's. */
    public record Fault(int status, String contentType, String body) {
        /** An error status with a short text body. */
        public static Fault status(int status) {
            return new Fault(status, "text/plain", "fault injected by the test");
        }
    }

    /** Decides the answer to a request: a fault to answer with instead of passing it on, or null to pass it. */
    public interface Rule {
        Fault fault(Seen request);
    }

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    private FaultyProxy(HttpServer server) {
        this.server = server;
    }

    /** @param target the base of the real server, e.g. {@code http://127.0.0.1:3030} */
    public static FaultyProxy start(String target, Rule rule) throws IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FaultyProxy proxy = new FaultyProxy(server);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Seen request = new Seen(proxy.seen.size() + 1, exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), new String(body, StandardCharsets.UTF_8));
            proxy.seen.add(request);
            Fault fault = rule.fault(request);
            if (fault != null) {
                exchange.getResponseHeaders().set("Content-Type", fault.contentType());
                reply(exchange, fault.status(), fault.body().getBytes(StandardCharsets.UTF_8));
                return;
            }
            forward(client, exchange, target, body);
        });
        server.start();
        return proxy;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    private static void forward(HttpClient client, HttpExchange exchange, String target, byte[] body)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Content-Type", "Accept", "Authorization"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
            reply(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(exchange, 500, new byte[0]);
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
