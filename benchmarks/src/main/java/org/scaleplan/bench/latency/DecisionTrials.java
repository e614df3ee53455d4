package org.scaleplan.bench.latency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.scaleplan.bench.Progress;
import org.scaleplan.contracts.Topics;

/**
 * Decision and incident latency, one trial at a time: a fresh system's first sample, then its deciding sample; from
 * the deciding sample's 2xx to the decision seen by a {@code read_committed} consumer, and to the first request of
 * the runbook the decision starts arriving at the {@link RunbookTarget}.
 */
public final class DecisionTrials implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration AFTERWARDS = Duration.ofSeconds(2);
    /** incident-service's own topic: the signal handed to the instance that owns the system. */
    private static final String INBOX = "incident-service-inbox";
    private static final String OPENED = "scaleplan.incident.opened";
    private static final String STEP_STARTED = "scaleplan.runbook.step-started";

    private final URI ingest;
    private final String key;
    private final RunbookTarget target;
    private final EventWatch watch;
    private final Progress progress;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public DecisionTrials(URI ingest, String key, String bootstrapServers, RunbookTarget target, Progress progress) {
        this.ingest = ingest;
        this.key = key;
        this.target = target;
        this.progress = progress;
        this.watch = new EventWatch(bootstrapServers, List.of(Topics.PHASE_CHANGES, Topics.ALERTS,
                Topics.INCIDENT_EVENTS, INBOX));
    }

    /** {@code count} trials of each kind, alternating. */
    public Map<TrialKind, TrialResults> run(int count) {
        Map<TrialKind, List<TrialResults.Trial>> trials = new EnumMap<>(TrialKind.class);
        Map<TrialKind, Integer> timeouts = new EnumMap<>(TrialKind.class);
        for (int i = 0; i < count; i++) {
            for (TrialKind kind : TrialKind.values()) {
                Optional<TrialResults.Trial> trial = trial(kind, i);
                trial.ifPresent(t -> trials.computeIfAbsent(kind, k -> new ArrayList<>()).add(t));
                if (trial.isEmpty()) {
                    timeouts.merge(kind, 1, Integer::sum);
                }
            }
            if ((i + 1) % 10 == 0 || i + 1 == count) {
                progress.info((i + 1) + " of " + count + " trials of each kind done");
            }
        }
        return results(trials, timeouts);
    }

    private static Map<TrialKind, TrialResults> results(Map<TrialKind, List<TrialResults.Trial>> trials,
            Map<TrialKind, Integer> timeouts) {
        Map<TrialKind, TrialResults> results = new EnumMap<>(TrialKind.class);
        for (TrialKind kind : TrialKind.values()) {
            results.put(kind, new TrialResults(kind, trials.getOrDefault(kind, List.of()),
                    timeouts.getOrDefault(kind, 0)));
        }
        return results;
    }

    /**
     * One decision of a fresh system, and the incident it opens, timed from the deciding sample's 2xx; empty when
     * the decision was not seen in time.
     */
    private Optional<TrialResults.Trial> trial(TrialKind kind, int index) {
        String system = "bench-" + kind.label() + "-" + run + "-" + index;
        Instant first = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        post(system, kind, first);
        long deciding = post(system, kind, first.plus(kind.hold()));
        OptionalLong decided = watch.await(system, kind.ceType(), PATIENCE);
        if (decided.isEmpty()) {
            progress.info(kind.label() + " trial " + index + ": no decision within " + PATIENCE.toSeconds() + " s");
            return Optional.empty();
        }
        double called = millis(deciding, target.await(kind.targetPath() + system, PATIENCE));
        if (Double.isNaN(called)) {
            progress.info(kind.label() + " trial " + index + ": decided, but no runbook request within "
                    + PATIENCE.toSeconds() + " s");
        }
        // All are published before the step's request is sent: seen by now, or a moment later.
        double inbox = millis(deciding, watch.await(system, INBOX, AFTERWARDS));
        double opened = millis(deciding, watch.await(system, OPENED, AFTERWARDS));
        double started = millis(deciding, watch.await(system, STEP_STARTED, AFTERWARDS));
        return Optional.of(new TrialResults.Trial(millis(deciding, decided), inbox, opened, started, called));
    }

    /** From {@code from} to {@code to} ({@link System#nanoTime()}); NaN when {@code to} was not seen. */
    private static double millis(long from, OptionalLong to) {
        return to.isPresent() ? (to.getAsLong() - from) / 1e6 : Double.NaN;
    }

    /** Posts one sample; answers when ({@link System#nanoTime()}) its 2xx arrived. */
    private long post(String system, TrialKind kind, Instant at) {
        String json = "{\"system\": \"" + system + "\", \"samples\": [{\"name\": \"" + kind.metric()
                + "\", \"value\": " + kind.value() + ", \"timestamp\": \"" + at + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(ingest.resolve("/v1/metrics")).timeout(PATIENCE)
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("metrics-ingest answered " + answer.statusCode() + " "
                        + answer.body());
            }
            return answered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        watch.close();
    }
}
