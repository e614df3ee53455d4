package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProcess;

import tools.jackson.databind.JsonNode;

/**
 * cost-service killed with {@code kill -9} and started again with empty local state: month-to-date, the counters'
 * last readings, the budget and the thresholds already announced come back from Kafka, so the next sample adds only
 * its own increase and nothing is announced twice.
 */
class CostRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aRestartKeepsMonthToDateTheBudgetAndWhatWasAnnounced(@TempDir Path work) {
        String system = "restart-" + UUID.randomUUID();
        String applicationId = "cost-service-restart-" + UUID.randomUUID();
        Path jar = Path.of("target", "cost-service.jar");

        try (ServiceProcess first = new ServiceProcess(jar, work.resolve("first.log"))) {
            first.start(properties(applicationId, work.resolve("state-1")));
            assertThat(AdminHttp.put(first.port(), "/v1/systems/" + system + "/budget",
                    "{\"monthlyUsd\": 100, \"thresholds\": [50], \"basis\": [\"ACTUAL\"]}").statusCode())
                    .isEqualTo(200);
            await().atMost(PATIENCE).until(() -> !cost(first.port(), system).path("budget").isMissingNode());
            // 5 USD an hour for ten hours: 50 USD, half the budget.
            for (int hour = 0; hour <= 10; hour++) {
                probe.send(counter(system, hour, 5.0 * hour));
            }
            JsonNode before = await().atMost(PATIENCE).until(() -> cost(first.port(), system),
                    report -> report.path("asOf").asString().equals("2026-11-01T10:00:00Z"));
            assertThat(before.path("monthToDateUsd").decimalValue()).isEqualByComparingTo("50.00");
            first.kill();
        }
        probe.send(counter(system, 11, 55));

        try (ServiceProcess second = new ServiceProcess(jar, work.resolve("second.log"))) {
            second.start(properties(applicationId, work.resolve("state-2")));
            JsonNode after = await().atMost(PATIENCE).until(() -> cost(second.port(), system),
                    report -> report.path("asOf").asString().equals("2026-11-01T11:00:00Z"));

            assertThat(after.path("monthToDateUsd").decimalValue()).isEqualByComparingTo("55.00");
            assertThat(after.path("budget").path("crossed").toString()).isEqualTo("[\"ACTUAL:50@100\"]");
            // A read_committed reader sees nothing past a transaction still open on a partition (one the killed
            // instance left open stays so until it times out), so the events are awaited.
            List<ConsumerRecord<String, byte[]>> events;
            try {
                events = await().atMost(PATIENCE).until(
                        () -> probe.readAll(Topics.COST_EVENTS, r -> system.equals(r.key())), r -> !r.isEmpty());
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("no threshold event for " + system + " on " + Topics.COST_EVENTS
                        + "; its partitions now: " + probe.offsets(Topics.COST_EVENTS), e);
            }
            assertThat(events).singleElement()
                    .satisfies(r -> assertThat(KafkaProbe.header(r, CloudEventHeaders.TYPE))
                            .contains("scaleplan.cost.budget-threshold-crossed"));
        }
    }

    /** Costs are sampled hourly, as a billing export reports them: the staleness period is longer than that. */
    private static Map<String, String> properties(String applicationId, Path stateDir) {
        return Map.of("spring.kafka.streams.application-id", applicationId,
                "spring.kafka.streams.state-dir", stateDir.toString(),
                "spring.kafka.streams.properties.session.timeout.ms", "6000",
                "scaleplan.cost.staleness", "2h");
    }

    private static MetricSample counter(String system, int hour, double usd) {
        Instant at = T0.plus(Duration.ofHours(hour));
        return new MetricSample(UUID.randomUUID(), at, system, "cost_usd_total", Map.of("category", "server"), usd, at);
    }

    private static JsonNode cost(int port, String system) {
        String body = AdminHttp.bodyIfOk(port, "/v1/systems/" + system + "/cost");
        return EventJson.mapper().readTree(body.isEmpty() ? "{}" : body);
    }
}
