package org.scaleplan.incident.outbound;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 and an ephemeral port that records every request it accepts and answers by path:
 * {@code /status/<code>}, {@code /slow} (answers when closed, or after a second), {@code /slow-body} (sends the
 * headers and a first part of the body at once, the rest when closed or after a second), {@code /endless} (a body
 * that goes on until the client hangs up); anything else is answered 200 {@code ok}.
 */
final class RecordingServer implements AutoCloseable {

    record Received(String method, String path, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpServer server;

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body));
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (path.startsWith("/status/")) {
                String status = path.substring("/status/".length());
                send(exchange, Integer.parseInt(status), "status " + status);
            } else if (path.equals("/slow")) {
                awaitClosing();
                send(exchange, 200, "late");
            } else if (path.equals("/slow-body")) {
                exchange.sendResponseHeaders(200, 0);
                out.write("first part".getBytes(StandardCharsets.UTF_8));
                out.flush();
                awaitClosing();
                out.write(", the rest".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/endless")) {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = "x".repeat(8_192).getBytes(StandardCharsets.UTF_8);
                while (closing.getCount() > 0) {
                    out.write(chunk); // until the client stops reading and hangs up
                }
            } else {
                send(exchange, 200, "ok");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void awaitClosing() {
        try {
            closing.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
