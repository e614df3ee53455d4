package org.scaleplan.security.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.security.decisions.DecisionLimits;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.DetectionLimits;
import org.scaleplan.security.detection.ScenarioFiles;
import org.scaleplan.security.posture.PostureFile;

/**
 * security-service's topology in Kafka Streams' test driver, with its real stores and the shipped scenarios
 * (auth-failure-spike: capacity 20, leaking 1 every 10 s): how long state stays, how much of it there is, and the
 * bounds it meets. Each record is stamped as it arrived, which is the stream time Kafka Streams runs on.
 */
class SecurityTopologyTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final String SYSTEM = "shop-prod";
    private static final String ALICE_SERIES =
            "series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}";
    private static final String BUCKET = "bucket|shop-prod|auth-failure-spike|203.0.113.7";

    @TempDir
    Path stateDir;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock(T0);
    private TopologyTestDriver driver;

    private void start() {
        start(new Detection(ScenarioFiles.shipped()));
    }

    private void start(Detection detection) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "security-service-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:1");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(SecurityTopology.build(new SecurityTopology.Parts(
                detection, PostureFile.load(null), new DecisionLimits(1000, 5000), Duration.ofMinutes(1), clock,
                meters, new Bounds(meters))), config);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A failure of {@code at}, arriving then. */
    private void failed(String address, String user, double total, Instant at) {
        failed(address, user, total, at, at);
    }

    private void failed(String address, String user, double total, Instant at, Instant arrival) {
        send(new MetricSample(UUID.randomUUID(), at, SYSTEM, "auth_failures_total",
                Map.of("client_ip", address, "user", user), total, at), arrival);
    }

    private void send(ScaleplanEvent event) {
        send(event, event.occurredAt());
    }

    private void send(ScaleplanEvent event, Instant arrival) {
        EventType type = EventTypes.of(event.getClass());
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(event, type.producer())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        driver.createInputTopic(type.topic(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(event.key(), EventJson.write(event), headers, arrival));
    }

    private KeyValueStore<String, byte[]> store(String name) {
        return driver.getKeyValueStore(name);
    }

    private KeyValueStore<String, byte[]> detection() {
        return store(SecurityTopology.DETECTION);
    }

    private double gauge(String name, String store) {
        return meters.get(name).tag("store", store).gauge().value();
    }

    private static long keys(KeyValueStore<String, byte[]> store) {
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            long keys = 0;
            for (; all.hasNext(); all.next()) {
                keys++;
            }
            return keys;
        }
    }

    private static long bytes(KeyValueStore<String, byte[]> store) {
        long bytes = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                bytes += JsonStore.stored(entry.key, entry.value);
            }
        }
        return bytes;
    }

    @Test
    void theSweepOnStreamTimeEndsASeriesAndABucketOfWhichNothingArrivedForTheStalenessPeriod() {
        start();
        failed("203.0.113.7", "alice", 0, T0);
        failed("203.0.113.7", "alice", 5, T0.plusSeconds(10));       // a bucket of 5: gone when the series is
        failed("198.51.100.1", "bob", 0, T0.plusSeconds(5 * 60));
        assertThat(detection().get(ALICE_SERIES)).isNotNull();
        assertThat(detection().get(BUCKET)).isNotNull();

        failed("198.51.100.1", "bob", 0, T0.plusSeconds(6 * 60));    // nothing of alice for over 5 minutes

        assertThat(detection().get(ALICE_SERIES)).isNull();
        assertThat(detection().get(BUCKET)).isNull();
    }

    @Test
    void aSampleStampedAheadEndsNothingWhileStreamTimeHasNotRunOn() {
        start();
        failed("203.0.113.7", "alice", 0, T0);
        failed("203.0.113.7", "alice", 5, T0.plusSeconds(10));

        failed("198.51.100.1", "bob", 0, T0.plus(Duration.ofHours(6)), T0.plusSeconds(20));

        assertThat(detection().get(ALICE_SERIES)).isNotNull();
        assertThat(detection().get(BUCKET)).isNotNull();
    }

    @Test
    void aSampleArrivingAfterItsSeriesHasGoneStartsItAfreshWhateverItsOwnTime() {
        start();
        failed("203.0.113.7", "alice", 0, T0);

        failed("203.0.113.7", "alice", 25, T0.plusSeconds(15), T0.plus(Duration.ofMinutes(6)));

        assertThat(detection().get(BUCKET)).isNull();                   // 25 would have overflowed its bucket of 20
        assertThat(store(SecurityTopology.DECISIONS).get(SYSTEM)).isNull();
        assertThat(detection().get(ALICE_SERIES)).isNotNull();
    }

    @Test
    void tellsHowManyKeysAndBytesEachStoreHolds() {
        start();
        for (int second = 0; second <= 30; second++) {
            failed("203.0.113.7", "user-" + second % 12, second, T0.plusSeconds(second));
        }

        assertThat(gauge(StoreSizes.KEYS, SecurityTopology.DETECTION)).isEqualTo(keys(detection()))
                .isGreaterThan(10);
        assertThat(gauge(StoreSizes.BYTES, SecurityTopology.DETECTION)).isEqualTo(bytes(detection()))
                .isGreaterThan(1000);
        KeyValueStore<String, byte[]> decisions = store(SecurityTopology.DECISIONS);
        assertThat(gauge(StoreSizes.KEYS, SecurityTopology.DECISIONS)).isEqualTo(keys(decisions))
                .isEqualTo(1);                                      // shop-prod: the address is blocked
        assertThat(gauge(StoreSizes.BYTES, SecurityTopology.DECISIONS)).isEqualTo(bytes(decisions))
                .isGreaterThan(100);
    }

    @Test
    void countsABoundEachTimeDetectionMeetsIt() {
        start(new Detection(ScenarioFiles.shipped(), new DetectionLimits(Staleness.DEFAULT, 1, 100, 100)));

        failed("203.0.113.7", "alice", 0, T0);
        failed("203.0.113.7", "bob", 0, T0);
        failed("203.0.113.7", "carol", 0, T0);

        assertThat(meters.counter("scaleplan.bound.reached", "bound", "scaleplan.security.max-series-per-system")
                .count()).isEqualTo(2);
    }

    @Test
    void aSystemsBookLeavesTheStoreOnceItsDecisionsExpiredAndItsOffencesAreForgotten() {
        start();
        send(new ActionRequested(UUID.randomUUID(), T0, SYSTEM, "inc-1", "block-client",
                Map.of("address", "192.0.2.44", "ttl", "15m"), List.of()));
        assertThat(store(SecurityTopology.DECISIONS).get(SYSTEM)).isNotNull();

        clock.moveTo(T0.plus(Duration.ofMinutes(16)));
        driver.advanceWallClockTime(SecurityProcessor.EXPIRY_CHECK);
        assertThat(store(SecurityTopology.DECISIONS).get(SYSTEM)).isNotNull();   // the offence counts for a day
        clock.moveTo(T0.plus(Duration.ofHours(25)));
        driver.advanceWallClockTime(SecurityProcessor.EXPIRY_CHECK);

        assertThat(store(SecurityTopology.DECISIONS).get(SYSTEM)).isNull();
        assertThat(gauge(StoreSizes.KEYS, SecurityTopology.DECISIONS)).isZero();
        assertThat(gauge(StoreSizes.BYTES, SecurityTopology.DECISIONS)).isZero();
    }

    /** The wall clock decisions expire by, moved by the test. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
