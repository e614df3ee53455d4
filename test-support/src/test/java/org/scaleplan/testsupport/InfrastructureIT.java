package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

class InfrastructureIT {

    @Test
    void kafkaBrokerStoresAndReturnsRecords() {
        String topic = "probe-" + UUID.randomUUID();
        try (KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers())) {
            probe.send(topic, "shop-prod", "hello".getBytes(StandardCharsets.UTF_8), Map.of("ce_type", "probe"));

            var record = probe.await(topic, r -> true, Duration.ofSeconds(20));

            assertThat(record.key()).isEqualTo("shop-prod");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(KafkaProbe.header(record, "ce_type")).contains("probe");
        }
    }

    /** See {@link Infrastructure#RETENTION}: a record stamped years ago outlives the broker's retention passes. */
    @Test
    void kafkaBrokerKeepsRecordsStampedLongAgo() {
        String topic = "probe-" + UUID.randomUUID();
        try (KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers())) {
            probe.send(topic, "shop-prod", "old".getBytes(StandardCharsets.UTF_8), Map.of(),
                    Instant.parse("2020-01-01T00:00:00Z"));

            // Still there throughout two retention passes and more.
            await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(10))
                    .until(() -> probe.readAll(topic, r -> "old".equals(new String(r.value(), StandardCharsets.UTF_8)))
                            .size() == 1);
        }
    }

    @Test
    void redisKeepsWhatItIsGiven() {
        RedisClient client = RedisClient.create(Infrastructure.redis().uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("scaleplan:probe", "42");

            assertThat(connection.sync().get("scaleplan:probe")).isEqualTo("42");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void sameInfrastructureIsSharedWithinOneTestRun() {
        assertThat(Infrastructure.kafkaBootstrapServers()).isEqualTo(Infrastructure.kafkaBootstrapServers());
        assertThat(Infrastructure.redis()).isEqualTo(Infrastructure.redis());
    }
}
