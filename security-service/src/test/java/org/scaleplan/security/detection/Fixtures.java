package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.security.detection.Scenario.Mode;
import org.scaleplan.security.detection.Scenario.Source;

/** Scenarios, samples, access events and a store for the detection tests, in event time from {@link #T0}. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final String SYSTEM = "shop-prod";
    static final String ADDRESS = "203.0.113.7";
    static final DecisionSpec BLOCK = new DecisionSpec(DecisionAction.BLOCK, Duration.ofMinutes(5),
            Duration.ofHours(24));

    private Fixtures() {
    }

    /** The instant {@code m:ss} after {@link #T0}, e.g. {@code at("2:30")}. */
    static Instant at(String minutesSeconds) {
        String[] parts = minutesSeconds.split(":");
        return T0.plus(Duration.ofMinutes(Long.parseLong(parts[0])).plusSeconds(Long.parseLong(parts[1])));
    }

    /** {@code auth-failure-spike}: auth failures per client address, in a bucket of amounts. */
    static Scenario failures(double capacity, double leakAmount, Duration leakEvery) {
        return leaky("auth-failure-spike", "auth_failures_total", new BucketSpec(capacity, leakAmount, leakEvery, null),
                Mode.LIVE);
    }

    /** {@code credential-stuffing}: distinct users failing per client address. */
    static Scenario distinctUsers(double capacity, double leakAmount, Duration leakEvery) {
        return leaky("credential-stuffing", "auth_failures_total",
                new BucketSpec(capacity, leakAmount, leakEvery, "user"), Mode.LIVE);
    }

    static Scenario leaky(String id, String metric, BucketSpec bucket, Mode mode) {
        return new Scenario(id, "", Source.METRICS, metric, Map.of(), "client_ip", ScopeType.ADDRESS, mode,
                "warning", bucket, null, BLOCK);
    }

    /** {@code traffic-surge} on http_requests_total, report only. */
    static Scenario surge(SurgeSpec spec) {
        return new Scenario("traffic-surge", "", Source.METRICS, "http_requests_total", Map.of(), null, null,
                Mode.LIVE, "critical", null, spec, null);
    }

    /** {@code api-rate-limit-abuse}: 429 answers per API key, throttled. */
    static Scenario rateLimited(double capacity, Duration leakEvery) {
        return new Scenario("api-rate-limit-abuse", "", Source.ACCESS, null, Map.of("status", "429"),
                Scenario.ACTOR_KEY, ScopeType.KEY, Mode.LIVE, "warning",
                new BucketSpec(capacity, 1, leakEvery, null),
                null, new DecisionSpec(DecisionAction.THROTTLE, Duration.ofMinutes(10), Duration.ofHours(6)));
    }

    /** {@code sample} through {@code detection}, arriving as ingest received it: a quarter of a second late. */
    static Detected arrived(Detection detection, MetricSample sample, DetectionStore store) {
        return detection.apply(sample, sample.receivedAt(), store);
    }

    /** {@code event} through {@code detection}, arriving a quarter of a second after it happened. */
    static Detected arrived(Detection detection, ActionAudited event, DetectionStore store) {
        return detection.apply(event, event.occurredAt().plusMillis(250), store);
    }

    /** A sample of {@code auth_failures_total} from {@link #ADDRESS} for {@code user}, on {@link #SYSTEM}. */
    static MetricSample failed(String user, double value, Instant at) {
        return counter(SYSTEM, "auth_failures_total", Map.of("client_ip", ADDRESS, "user", user), value, at);
    }

    static MetricSample counter(String system, String name, Map<String, String> labels, double value, Instant at) {
        return new MetricSample(EventIds.of("test-sample", system, name, labels, at, value), at, system, name, labels,
                value, at.plusMillis(250));
    }

    static ActionAudited call(@Nullable String keyId, int status, Instant at, @Nullable String system) {
        Outcome outcome = status < 400 ? Outcome.SUCCEEDED : Outcome.DENIED;
        return new ActionAudited(EventIds.of("test-call", keyId, status, at), at, system, "cost-service", keyId,
                "ci", "GET /v1/costs", "/v1/costs", status, outcome);
    }

    /**
     * A store in a map that keeps every state as JSON, as a Kafka Streams store would, and checks that it reads
     * back equal, so every test also proves the state serialisable. It counts the bytes it reads and writes.
     */
    static final class JsonStore implements DetectionStore {

        private final Map<String, String> json = new HashMap<>();
        private long bytes;

        @Override
        public @Nullable DetectionState get(String key) {
            String text = json.get(key);
            if (text == null) {
                return null;
            }
            bytes += text.length();
            return EventJson.mapper().readValue(text, DetectionState.class);
        }

        @Override
        public void put(String key, DetectionState state) {
            String text = EventJson.mapper().writeValueAsString(state);
            assertThat(EventJson.mapper().readValue(text, DetectionState.class)).isEqualTo(state);
            bytes += text.length();
            json.put(key, text);
        }

        @Override
        public void delete(String key) {
            json.remove(key);
        }

        @Override
        public void deleteAll(String prefix) {
            json.keySet().removeIf(key -> key.startsWith(prefix));
        }

        @Override
        public int count(String kind, String system) {
            return (int) json.keySet().stream().filter(key -> key.startsWith(kind + "|" + system + "|")).count();
        }

        /** Every key: the contract allows more than those ending. */
        @Override
        public List<String> ending(Instant by) {
            return List.copyOf(json.keySet());
        }

        /** The keys holding state of series, buckets and surges, sorted. */
        Set<String> keys() {
            return all().stream().filter(key -> !key.startsWith(StateKeys.DISTINCT + "|"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** Every key, distinct values too, sorted. */
        Set<String> all() {
            return new TreeSet<>(json.keySet());
        }

        /** The bytes read and written so far. */
        long bytes() {
            return bytes;
        }
    }
}
