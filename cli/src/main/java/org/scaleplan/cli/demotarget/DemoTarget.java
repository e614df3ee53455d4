package org.scaleplan.cli.demotarget;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.scaleplan.contracts.EventJson;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP server of the {@code target} tool. Any method on any path is accepted and recorded in {@link Effects};
 * {@code GET /_effects} serves the counts and {@code DELETE /_effects} clears them. It listens on the loopback
 * interface only: it does whatever it is asked, so nothing outside this machine should reach it.
 */
public final class DemoTarget {

    static final String EFFECTS_PATH = "/_effects";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int BODY_SHOWN = 200;
    private static final int THREADS = 4;

    private final Effects effects = new Effects();
    private final PrintStream out;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);

    private DemoTarget(int port, PrintStream out) throws IOException {
        this.out = out;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Listens on {@code port} (0: any free port), printing one line per request to {@code out}. */
    public static DemoTarget start(int port, PrintStream out) {
        try {
            DemoTarget target = new DemoTarget(port, out);
            target.server.start();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EFFECTS_PATH)) {
                serveEffects(exchange);
                return;
            }
            String method = exchange.getRequestMethod();
            String key = exchange.getRequestHeaders().getFirst(IDEMPOTENCY_KEY);
            Effects.Outcome outcome = effects.record(method, key, path, body);
            out.println(line(method, path, key, outcome, body));
            send(exchange, outcome == Effects.Outcome.FAILED ? 503 : 200, answer(outcome, path));
        } finally {
            exchange.close();
        }
    }

    private void serveEffects(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("DELETE")) {
            effects.reset();
        } else if (!method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, DELETE");
            send(exchange, 405, "{\"error\":\"GET or DELETE\"}");
            return;
        }
        // Counts first, as a reader looks for them; the maps inside are sorted by key.
        send(exchange, 200, EventJson.mapper().writer().without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(effects.snapshot()));
    }

    /** {@code {"outcome": "effect"}}; a read also gets the path's replicas, as a scaler answers them. */
    private String answer(Effects.Outcome outcome, String path) {
        ObjectNode answer = EventJson.mapper().createObjectNode().put("outcome", lower(outcome));
        if (outcome == Effects.Outcome.READ) {
            answer.put("replicas", effects.replicas(path));
        }
        return EventJson.mapper().writeValueAsString(answer);
    }

    /** {@code 2026-11-27T10:05:00.123Z  POST /notify  key=inc-1:identify  effect  {"text": ...}}. */
    private static String line(String method, String path, String key, Effects.Outcome outcome, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        if (text.length() > BODY_SHOWN) {
            text = text.substring(0, BODY_SHOWN) + "…";
        }
        return String.format("%s  %s %s  key=%s  %s  %s", Instant.now().truncatedTo(ChronoUnit.MILLIS), method, path,
                key == null ? "-" : key, lower(outcome), text).strip();
    }

    private static String lower(Effects.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The answer to HEAD has no body: -1 tells the server so.
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
