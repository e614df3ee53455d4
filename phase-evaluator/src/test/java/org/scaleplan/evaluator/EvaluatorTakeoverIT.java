package org.scaleplan.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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

/**
 * Two evaluator instances share the work by partition, yet each answers the phase of every system; when one is
 * killed, the other takes its partitions over with their state and decides for every system, each change once.
 */
class EvaluatorTakeoverIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-27T11:00:00Z");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void eitherInstanceAnswersForEverySystemAndTheSurvivorTakesOver(@TempDir Path work) {
        String run = UUID.randomUUID().toString();
        // Enough systems that, keyed by name over the topic's partitions, both instances own some.
        List<String> systems = IntStream.range(0, 8).mapToObj(i -> "takeover-" + i + "-" + run).toList();
        Map<String, String> properties = Map.of("spring.kafka.streams.application-id", "phase-evaluator-takeover-" + run,
                "spring.kafka.streams.properties.session.timeout.ms", "6000");

        try (ServiceProcess a = new ServiceProcess(Path.of("target", "phase-evaluator.jar"), work.resolve("a.log"));
                ServiceProcess b = new ServiceProcess(Path.of("target", "phase-evaluator.jar"), work.resolve("b.log"))) {
            a.start(with(properties, "spring.kafka.streams.state-dir", work.resolve("a").toString()));
            b.start(with(properties, "spring.kafka.streams.state-dir", work.resolve("b").toString()));
            // Minutes 0-2 at 2,000 users: every system is on its way to phase 2, due at minute 5.
            for (int minute = 0; minute <= 2; minute++) {
                for (String system : systems) {
                    probe.send(users(system, minute, 2_000));
                }
            }
            for (ServiceProcess instance : List.of(a, b)) {
                await().atMost(PATIENCE).until(() -> systems.stream()
                        .allMatch(system -> phase(instance, system).contains("\"asOf\":\"2026-11-27T11:02:00Z\"")));
            }

            a.kill();
            for (int minute = 3; minute <= 5; minute++) {
                for (String system : systems) {
                    probe.send(users(system, minute, 2_000));
                }
            }
            await().atMost(PATIENCE).until(() -> systems.stream().allMatch(system -> phaseOf(b, system) == 2));
        }
        for (String system : systems) {
            assertThat(probe.readAll(Topics.PHASE_CHANGES, r -> system.equals(r.key()) && KafkaProbe
                    .header(r, CloudEventHeaders.TYPE).filter("scaleplan.phase.changed"::equals).isPresent()))
                    .as(system).hasSize(1);
        }
    }

    private static Map<String, String> with(Map<String, String> properties, String name, String value) {
        Map<String, String> all = new HashMap<>(properties);
        all.put(name, value);
        return all;
    }

    private static MetricSample users(String system, int minute, double users) {
        Instant at = T0.plus(Duration.ofMinutes(minute));
        return new MetricSample(UUID.randomUUID(), at, system, "active_users", Map.of(), users, at);
    }

    private static int phaseOf(ServiceProcess instance, String system) {
        String body = phase(instance, system);
        return body.isEmpty() ? 0 : EventJson.mapper().readTree(body).get("phase").asInt();
    }

    private static String phase(ServiceProcess instance, String system) {
        return AdminHttp.bodyIfOk(instance.port(), "/v1/systems/" + system + "/phase");
    }
}
