package org.scaleplan.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP target for runbook steps: it records every request with its {@code Idempotency-Key}, counts the
 * effects it applied once per key (as a well-behaved target does), and can be told to fail the next requests.
 */
final class LocalTarget implements AutoCloseable {

    /** One request as it arrived, and when it did. */
    record Request(String method, String path, String idempotencyKey, String body, Instant at) {
    }

    /** Requests to paths under this are answered after {@link #SLOW}. */
    static final String SLOW_PATHS = "/slow/";
    static final Duration SLOW = Duration.ofSeconds(1);

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> appliedByKey = new ConcurrentHashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private final List<String> failingPaths = new CopyOnWriteArrayList<>();

    LocalTarget() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The next {@code count} requests are answered 503. */
    void failNext(int count) {
        failNext.set(count);
    }

    /** Every request to a path starting with {@code prefix} is answered 503. */
    void alwaysFail(String prefix) {
        failingPaths.add(prefix);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** How many times the effect of {@code key} was applied: at most once, whatever the retries. */
    int applied(String key) {
        return appliedByKey.getOrDefault(key, 0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, key, body, Instant.now()));
        if (path.startsWith(SLOW_PATHS)) {
            LockSupport.parkNanos(SLOW.toNanos());
        }
        boolean fail = failingPaths.stream().anyMatch(path::startsWith)
                || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        int status = fail ? 503 : 200;
        if (status == 200 && key != null) {
            appliedByKey.putIfAbsent(key, 1);
        }
        byte[] answer = "{\"replicas\":2}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
