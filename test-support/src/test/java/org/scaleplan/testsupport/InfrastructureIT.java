package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
