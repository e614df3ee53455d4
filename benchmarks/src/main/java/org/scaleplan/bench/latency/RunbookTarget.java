package org.scaleplan.bench.latency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The local target the benchmark's runbooks call, inside the measuring process: notes when the first request for
 * each path arrived ({@link System#nanoTime()}, before the body is read) and answers 200.
 */
public final class RunbookTarget implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

    public RunbookTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** {@code 127.0.0.1:<port>}: the entry incident-service's allowed hosts need. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** When ({@link System#nanoTime()}) the first request for {@code path} arrived, if in time. */
    OptionalLong await(String path, Duration patience) {
        return Arrivals.within(arrival(path), patience);
    }

    private void handle(HttpExchange exchange) throws IOException {
        arrival(exchange.getRequestURI().getPath()).complete(System.nanoTime());
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private CompletableFuture<Long> arrival(String path) {
        return arrivals.computeIfAbsent(path, p -> new CompletableFuture<>());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
