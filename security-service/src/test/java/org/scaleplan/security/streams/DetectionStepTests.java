package org.scaleplan.security.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.ScenarioFiles;

/** Detection as a task runs it, over a Kafka Streams store, with the shipped scenarios, swept every minute. */
class DetectionStepTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private final Detection detection = new Detection(ScenarioFiles.shipped());
    private final KeyValueStore<String, byte[]> kafkaStore = JsonStoreTests.inMemoryStore();
    private final JsonStore store = new JsonStore(kafkaStore, detection.lifetimes());
    private final DetectionStep step = new DetectionStep(detection, store, new Bounds(new SimpleMeterRegistry()));

    @Test
    void theStoreStaysTheSameSizeWhilePodsComeAndGo() {
        Map<Integer, Long> mostKeysByHour = new HashMap<>();
        for (int minute = 0; minute < 48 * 60; minute++) {
            int generation = minute / 30;                          // two pods, each replaced every 30 minutes
            Instant at = T0.plus(Duration.ofMinutes(minute));
            for (int pod = 0; pod < 2; pod++) {
                step.apply(new MetricSample(UUID.randomUUID(), at, "shop-prod", "http_requests_total",
                        Map.of("pod", "web-" + generation + "-" + pod, "client_ip", "10.0." + generation + "." + pod),
                        minute % 30 * 60.0, at), at);
            }
            step.sweep(at);                                        // as the punctuator does, each minute
            mostKeysByHour.merge(minute / 60, store.keys(), Math::max);
        }

        // 192 series came and went; what stays is the live pods' series and buckets, and the surge, with the
        // replaced pods' for 5 minutes after each replacement
        assertThat(mostKeysByHour.get(47)).isLessThanOrEqualTo(Math.round(mostKeysByHour.get(6) * 1.2))
                .isLessThan(10);
        assertThat(store.keys()).isEqualTo(kafkaStore.approximateNumEntries());
    }
}
