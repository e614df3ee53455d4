package org.scaleplan.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.scaleplan.testsupport.ServiceProperties;

/**
 * A client of metrics-ingest under a fault: it sends numbered batches, each with its own {@code Idempotency-Key},
 * remembers which were acknowledged (2xx), refused (503) or got no answer at all, and afterwards retries every one
 * not acknowledged with the same key, as a well-behaved client does. Each sample is named by its batch and index,
 * so the topic can be reconciled against what was acknowledged.
 */
final class LoadDriver {

    enum Outcome { ACKNOWLEDGED, REFUSED, NO_ANSWER }

    static final int SAMPLES_PER_BATCH = 50;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final String system;
    private final Instant at = Instant.now().minusSeconds(60);
    private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<Integer, Outcome> firstOutcomes = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile int sent;

    LoadDriver(int port, String system) {
        this.port = port;
        this.system = system;
    }

    /** Sends batches one after another until {@link #stop()}. */
    void run() {
        while (running.get()) {
            Outcome outcome = send(sent);
            outcomes.put(sent, outcome);
            firstOutcomes.put(sent, outcome);
            sent++;
            if (outcome != Outcome.ACKNOWLEDGED) {
                // Backs off as a real client does, rather than spinning on a service that is down.
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
    }

    void stop() {
        running.set(false);
    }

    /** Retries every batch not acknowledged, with its key, until all are (or {@code patience} runs out). */
    void retryUntilAcknowledged(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && !pending().isEmpty()) {
            pending().forEach(batch -> outcomes.put(batch, send(batch)));
        }
    }

    List<Integer> pending() {
        return outcomes.entrySet().stream().filter(e -> e.getValue() != Outcome.ACKNOWLEDGED).map(Map.Entry::getKey)
                .sorted().toList();
    }

    Map<Outcome, Long> tally() {
        return outcomes.values().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    }

    /** How the batches were first answered, before any retry. */
    Map<Outcome, Long> firstAnswers() {
        return firstOutcomes.values().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    }

    /** The batches the fault cut off: first answered with no answer or a refusal, so retried. */
    Set<Integer> cutOff() {
        return firstOutcomes.entrySet().stream().filter(e -> e.getValue() != Outcome.ACKNOWLEDGED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    int batches() {
        return sent;
    }

    /** The labels of every sample of the acknowledged batches, as {@code batch/index}. */
    Set<String> acknowledgedSamples() {
        Set<String> samples = ConcurrentHashMap.newKeySet();
        outcomes.forEach((batch, outcome) -> {
            if (outcome == Outcome.ACKNOWLEDGED) {
                for (int i = 0; i < SAMPLES_PER_BATCH; i++) {
                    samples.add(batch + "/" + i);
                }
            }
        });
        return samples;
    }

    private Outcome send(int batch) {
        Samples samples = Samples.of(system, at);
        for (int i = 0; i < SAMPLES_PER_BATCH; i++) {
            samples.add("load_total", batch * SAMPLES_PER_BATCH + i, Map.of("batch", String.valueOf(batch),
                    "index", String.valueOf(i)));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/metrics"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + ServiceProperties.ADMIN_KEY)
                .header("Content-Type", "application/json").header("Idempotency-Key", system + "-" + batch)
                .POST(HttpRequest.BodyPublishers.ofString(samples.json())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED;
        } catch (IOException e) {
            return Outcome.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.NO_ANSWER;
        }
    }
}
