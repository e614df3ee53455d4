package org.scaleplan.security.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.ScenarioFiles;

/** Detection's store over a Kafka Streams store, with the shipped scenarios. */
class JsonStoreTests {

    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private final Detection detection = new Detection(ScenarioFiles.shipped());
    private final KeyValueStore<String, byte[]> kafkaStore = inMemoryStore();
    private final JsonStore store = new JsonStore(kafkaStore, detection.lifetimes());

    static KeyValueStore<String, byte[]> inMemoryStore() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("detection"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private void failed(String address, String user, double total, Instant at) {
        detection.apply(new MetricSample(UUID.randomUUID(), at, "shop-prod", "auth_failures_total",
                Map.of("client_ip", address, "user", user), total, at), at, store);
    }

    /** What the keys and values of {@code store} take, read from it. */
    private static long bytesIn(KeyValueStore<String, byte[]> store) {
        long bytes = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                bytes += entry.key.getBytes(StandardCharsets.UTF_8).length + entry.value.length;
            }
        }
        return bytes;
    }

    @Test
    void countsEveryKeyOnceHoweverOftenItIsWritten() {
        failed("192.0.2.1", "alice", 1, T0);
        failed("192.0.2.1", "alice", 2, T0.plusSeconds(10));
        failed("192.0.2.1", "bob", 1, T0.plusSeconds(20));

        // 2 series, 2 buckets (auth-failure-spike, credential-stuffing), 2 distinct users
        assertThat(store.keys()).isEqualTo(6).isEqualTo(kafkaStore.approximateNumEntries());
        assertThat(store.count("series", "shop-prod")).isEqualTo(2);
    }

    @Test
    void countsTheBytesOfEveryKeyAndValueAsTheyAreWrittenOverAndDeleted() {
        failed("192.0.2.1", "alice", 1, T0);
        failed("192.0.2.1", "alice", 25, T0.plusSeconds(10));      // overflows: its bucket is deleted
        failed("192.0.2.1", "bob", 1, T0.plusSeconds(20));
        store.deleteAll("distinct|shop-prod|credential-stuffing|192.0.2.1|");

        assertThat(store.bytes()).isEqualTo(bytesIn(kafkaStore)).isGreaterThan(100);
        assertThat(new JsonStore(kafkaStore, detection.lifetimes()).bytes()).isEqualTo(store.bytes());
    }

    @Test
    void rebuildsWhatItKnowsFromTheStoreItOpens() {
        failed("192.0.2.1", "alice", 1, T0);
        failed("192.0.2.2", "bob", 1, T0.plusSeconds(20));

        JsonStore reopened = new JsonStore(kafkaStore, detection.lifetimes());

        assertThat(reopened.keys()).isEqualTo(store.keys());
        assertThat(reopened.count("bucket", "shop-prod")).isEqualTo(2);
        Instant later = T0.plus(Duration.ofHours(1));
        assertThat(reopened.ending(later)).isEqualTo(store.ending(later)).hasSize(4);   // 2 series, 2 buckets
    }

    @Test
    void deletesABucketsDistinctValuesByTheirPrefix() {
        failed("192.0.2.1", "alice", 1, T0);
        failed("192.0.2.1", "bob", 1, T0);

        store.deleteAll("distinct|shop-prod|credential-stuffing|192.0.2.1|");

        assertThat(store.count("distinct", "shop-prod")).isZero();
        assertThat(store.keys()).isEqualTo(kafkaStore.approximateNumEntries());
        assertThat(store.get("distinct|shop-prod|credential-stuffing|192.0.2.1|alice")).isNull();
    }
}
