package org.scaleplan.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.testsupport.Processes;

import tools.jackson.databind.JsonNode;

/**
 * The local target the shipped runbooks call ({@code localhost:8099}), run from the cli jar as users run it, and
 * read back through its {@code /_effects} counts: which idempotency keys and paths took effect, and how often.
 */
final class DemoTargetFixture implements AutoCloseable {

    static final int PORT = 8099;
    private static final Path JAR = Path.of("..", "cli", "target", "scaleplan-cli.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;

    private DemoTargetFixture(Process process) {
        this.process = process;
    }

    static DemoTargetFixture start(Path log) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify', which packages it");
        }
        try {
            Process process = new ProcessBuilder(Processes.jdkTool("java"),
                    "-Xmx64m", "-jar", JAR.toString(), "target", "--port=" + PORT).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            DemoTargetFixture target = new DemoTargetFixture(process);
            target.awaitAnswer();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The target's counts now: {@code effects}, {@code duplicates}, {@code byKey}, {@code byPath}, ... */
    JsonNode effects() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + PORT + "/_effects")).build(), HttpResponse.BodyHandlers.ofString());
            return EventJson.mapper().readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many times a request with {@code idempotencyKey} got through (1: applied once; more: retried). */
    int requestsWithKey(String idempotencyKey) {
        return effects().path("byKey").path(idempotencyKey).asInt(0);
    }

    /** How many effects {@code path} had (repeats with the same key do not count). */
    int effectsOn(String path) {
        return effects().path("byPath").path(path).asInt(0);
    }

    List<String> keys() {
        return effects().path("byKey").propertyNames().stream().toList();
    }

    private void awaitAnswer() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the demo target exited with " + process.exitValue()
                        + " (is port " + PORT + " taken?)");
            }
            try {
                effects();
                return;
            } catch (UncheckedIOException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        throw new IllegalStateException("the demo target did not answer within 20 s");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
