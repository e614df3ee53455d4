package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Series that stop, against a real broker with the default staleness of 5 minutes: once records of another system
 * arriving in the same partition carry its stream time (Kafka's arrival stamps) 5 minutes past their last arrival, the
 * punctuator ends them though their own systems send nothing more. A priced gauge is billed up to its end, its last
 * sample's time plus the period (and the budget threshold that end reaches is announced, stamped with it), and a
 * system left with nothing leaves the store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class GoneSeriesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-11-10T00:00:00Z");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void seriesThatStopAreEndedOnStreamTimeAndASystemLeftWithNothingLeavesTheStore() {
        String gauge = "gone-gauge-" + UUID.randomUUID();
        String users = sameSamplesPartition(gauge, "gone-users-");
        String other = sameSamplesPartition(gauge, "clock-");
        double keysAtStart = storeKeys();
        assertThat(AdminHttp.put(port, "/v1/systems/" + gauge + "/budget",
                "{\"monthlyUsd\": 0.2, \"thresholds\": [100], \"basis\": [\"ACTUAL\"]}").statusCode()).isEqualTo(200);
        awaitCost(gauge, report -> report.path("budget").has("monthlyUsd"));
        // A node of 60 cores, and a system that only counts its users, for two minutes; then both fall silent.
        for (int minute = 0; minute <= 2; minute++) {
            probe.send(sample(gauge, "cpu_cores", minute, 60));
            probe.send(sample(users, "active_users", minute, 25));
        }
        // 60 cores for 2 minutes at 0.04 USD a core-hour: the budget of 0.20 is not reached yet.
        awaitCost(gauge, report -> spent(report, "0.08"));
        awaitCost(users, report -> report.path("activeUsers").asLong() == 25);
        // A record of another system of the partition, arriving a minute from now, runs a sweep that counts both.
        probe.send(sample(other, "http_error_ratio", 0, 0.01), Instant.now().plus(Duration.ofSeconds(65)));
        // The gauge counts every system of the instance, those of earlier tests too, so it is not compared exactly.
        double keysBefore = await().atMost(PATIENCE).until(this::storeKeys, keys -> keys >= keysAtStart + 2);

        // More of them, arriving six minutes and more from now, run its stream time past the series' last arrival.
        Instant later = Instant.now().plus(Duration.ofMinutes(6));
        for (int minute = 1; minute <= 3; minute++) {
            probe.send(sample(other, "http_error_ratio", minute, 0.01), later.plus(Duration.ofMinutes(minute)));
        }

        // 60 cores for 5 minutes more, to the gauge's end: 0.28 USD, and the budget reached, stamped with the end.
        awaitCost(gauge, report -> spent(report, "0.28"));
        assertThat(await().atMost(PATIENCE).until(() -> crossed(gauge), list -> !list.isEmpty())).singleElement()
                .satisfies(crossed -> assertThat(crossed.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(7))));
        await().atMost(PATIENCE).until(() -> AdminHttp.get(port, "/v1/systems/" + users + "/cost").statusCode() == 404);
        await().atMost(PATIENCE).until(this::storeKeys, keys -> keys <= keysBefore - 1);
    }

    private static MetricSample sample(String system, String name, int minute, double value) {
        Instant at = T0.plus(Duration.ofMinutes(minute));
        return new MetricSample(UUID.randomUUID(), at, system, name, Map.of("node", "a"), value, at);
    }

    private static boolean spent(JsonNode report, String usd) {
        return report.path("monthToDateUsd").decimalValue().compareTo(new BigDecimal(usd)) == 0;
    }

    private JsonNode awaitCost(String system, Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            String body = AdminHttp.bodyIfOk(port, "/v1/systems/" + system + "/cost");
            return body.isEmpty() ? null : EventJson.mapper().readTree(body);
        }, report -> report != null && ready.test(report));
    }

    private static List<BudgetThresholdCrossed> crossed(String system) {
        return probe.readAll(Topics.COST_EVENTS, r -> system.equals(r.key())).stream()
                .map(r -> EventJson.read(r.value(), KafkaProbe.header(r, CloudEventHeaders.TYPE).orElseThrow()))
                .filter(BudgetThresholdCrossed.class::isInstance).map(BudgetThresholdCrossed.class::cast).toList();
    }

    /** {@code scaleplan_store_keys{store="costs"}}, as the service's Prometheus endpoint reports it. */
    private double storeKeys() {
        return AdminHttp.get(port, "/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("scaleplan_store_keys{") && line.contains("store=\"costs\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    /** A system name with {@code prefix} whose samples go to the same partition as {@code system}'s. */
    private static String sameSamplesPartition(String system, String prefix) {
        int partitions = partitions(Topics.METRICS);
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> prefix + UUID.randomUUID())
                .filter(name -> partition(name, partitions) == partition(system, partitions))
                .findFirst().orElseThrow();
    }

    /** Where the producer's default partitioner puts a record keyed {@code key}. */
    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static int partitions(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
