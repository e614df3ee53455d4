package org.scaleplan.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProcess;

/**
 * The evaluator killed with {@code kill -9} mid-stream, while a phase change and an alert are pending, and started
 * again with empty local state: the pending windows come back from the changelog topics, so the same decisions come
 * out at the same instants, each exactly once.
 */
class EvaluatorCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aCrashMidStreamLosesNoPendingStateAndRepeatsNoDecision(@TempDir Path work) {
        String system = "crash-" + UUID.randomUUID();
        String applicationId = "phase-evaluator-crash-" + UUID.randomUUID();
        List<MetricSample> users = new ArrayList<>();
        List<MetricSample> depths = new ArrayList<>();
        for (int minute = 0; minute <= 14; minute++) {
            users.add(sample(system, "active_users", minute, minute < 5 ? 800 : 2_000));
            depths.add(sample(system, "ai_queue_depth", minute, minute < 6 ? 10 : 500));
        }

        try (ServiceProcess first = new ServiceProcess(Path.of("target", "phase-evaluator.jar"),
                work.resolve("first.log"))) {
            first.start(properties(applicationId, work.resolve("state-1")));
            // Minutes 0-7: the move to phase 2 (due at minute 10) and the backlog alert (due at minute 8) pending.
            for (int minute = 0; minute <= 7; minute++) {
                probe.send(users.get(minute));
                probe.send(depths.get(minute));
            }
            await().atMost(PATIENCE).until(() -> phaseAsOf(first.port(), system).contains("T09:07:00Z"));
            first.kill();
        }
        for (int minute = 8; minute <= 14; minute++) {
            probe.send(users.get(minute));
            probe.send(depths.get(minute));
        }

        try (ServiceProcess second = new ServiceProcess(Path.of("target", "phase-evaluator.jar"),
                work.resolve("second.log"))) {
            second.start(properties(applicationId, work.resolve("state-2")));
            await().atMost(PATIENCE).until(() -> phaseAsOf(second.port(), system).contains("T09:14:00Z"));

            List<PhaseChanged> changes = records(Topics.PHASE_CHANGES, system, "scaleplan.phase.changed").stream()
                    .map(r -> EventJson.read(r.value(), PhaseChanged.class)).toList();
            assertThat(changes).singleElement().satisfies(change -> {
                assertThat(change.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
                assertThat(change.eventId()).isEqualTo(EventIds.of("phase-changed", system, 1, 2,
                        T0.plus(Duration.ofMinutes(10))));
            });
            List<AlertFiring> fired = records(Topics.ALERTS, system, "scaleplan.alert.firing").stream()
                    .map(r -> EventJson.read(r.value(), AlertFiring.class)).toList();
            assertThat(fired).singleElement().satisfies(alert -> {
                assertThat(alert.alertname()).isEqualTo("QueueBacklog");
                assertThat(alert.startsAt()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
                assertThat(alert.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(8)));
            });
        }
    }

    private static Map<String, String> properties(String applicationId, Path stateDir) {
        Path rules = Path.of("src", "test", "resources", "it-rules").toAbsolutePath();
        return Map.of("spring.kafka.streams.application-id", applicationId,
                "spring.kafka.streams.state-dir", stateDir.toString(),
                "spring.kafka.streams.properties.session.timeout.ms", "6000",
                "scaleplan.evaluator.rules.dir", rules.toString());
    }

    private static MetricSample sample(String system, String metric, int minute, double value) {
        Instant at = T0.plus(Duration.ofMinutes(minute));
        return new MetricSample(UUID.randomUUID(), at, system, metric, Map.of(), value, at);
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic, String system, String type) {
        return probe.readAll(topic, r -> system.equals(r.key())
                && KafkaProbe.header(r, CloudEventHeaders.TYPE).filter(type::equals).isPresent());
    }

    private static String phaseAsOf(int port, String system) {
        return AdminHttp.bodyIfOk(port, "/v1/systems/" + system + "/phase");
    }
}
