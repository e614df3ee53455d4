package org.scaleplan.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProcess;

/**
 * incident-service killed with {@code kill -9} in the middle of a run: started again, it resumes the run at the step
 * it was on, and no step whose success was recorded runs again (the target counts the calls per idempotency key).
 */
class IncidentCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
    private static final LocalTarget target = new LocalTarget();
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @AfterAll
    static void close() {
        target.close();
        probe.close();
    }

    @Test
    void aRunKilledMidwayResumesAtItsStepAndRepeatsNoRecordedEffect(@TempDir Path work) throws IOException {
        String system = "crash-" + UUID.randomUUID();
        Path runbooks = Files.createDirectories(work.resolve("runbooks"));
        Files.writeString(runbooks.resolve("crash.yml"), """
                id: crash
                trigger:
                  source: alert
                  match: {alertname: Crash}
                steps:
                  - id: first
                    type: http
                    request: {url: "http://127.0.0.1:%1$d/first"}
                  - id: hold
                    type: wait
                    duration: 8s
                  - id: second
                    type: http
                    request: {url: "http://127.0.0.1:%1$d/second"}
                """.formatted(target.port()));
        Map<String, String> properties = Map.of("scaleplan.incident.runbooks-dir", runbooks.toString(),
                "scaleplan.incident.http.allowed-hosts", "127.0.0.1:" + target.port());

        try (ServiceProcess first = new ServiceProcess(Path.of("target", "incident-service.jar"),
                work.resolve("first.log"))) {
            first.start(properties);
            probe.send(new AlertFiring(UUID.randomUUID(), T0, system, system + "/Crash{}", "Crash", "critical",
                    Map.of(), Map.of(), 1, 0, T0, List.of(UUID.randomUUID())));
            awaitStarted(system, "hold");
            first.kill();
        }
        assertThat(target.requests("/second")).isEmpty();

        try (ServiceProcess second = new ServiceProcess(Path.of("target", "incident-service.jar"),
                work.resolve("second.log"))) {
            second.start(properties);
            awaitStarted(system, "second");
            probe.await(Topics.INCIDENT_EVENTS, r -> system.equals(r.key()) && type(r, "scaleplan.runbook"
                    + ".step-succeeded") && new String(r.value()).contains("\"stepId\":\"second\""), PATIENCE);
        }

        List<String> started = probe.readAll(Topics.INCIDENT_EVENTS, r -> system.equals(r.key())
                && type(r, "scaleplan.runbook.step-started")).stream()
                .map(r -> EventJson.read(r.value(), RunbookStepStarted.class).stepId()).toList();
        assertThat(started).containsExactly("first", "hold", "second");
        assertThat(target.requests("/first")).hasSize(1);
        assertThat(target.requests("/second")).hasSize(1);
    }

    private static void awaitStarted(String system, String step) {
        probe.await(Topics.INCIDENT_EVENTS, r -> system.equals(r.key()) && type(r, "scaleplan.runbook.step-started")
                && EventJson.read(r.value(), RunbookStepStarted.class).stepId().equals(step), PATIENCE);
    }

    private static boolean type(ConsumerRecord<String, byte[]> record, String type) {
        return KafkaProbe.header(record, CloudEventHeaders.TYPE).filter(type::equals).isPresent();
    }
}
