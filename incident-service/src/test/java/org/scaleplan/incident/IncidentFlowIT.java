package org.scaleplan.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.incident.IncidentEscalated;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * incident-service against a real broker and a local HTTP target, through its topics and HTTP API only: an alert
 * opens an incident whose runbook calls the target, waits and asks for a block; a failing target is retried with
 * the same idempotency key, then the incident escalates; Alertmanager's payload opens and resolves incidents and its
 * resends change nothing; a host that is not allowed is refused without a connection.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class IncidentFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Near now: steps are stamped by the clock, and resolved incidents leave memory by the log's time. */
    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final LocalTarget target = new LocalTarget();
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void runbooks(DynamicPropertyRegistry registry) {
        Path dir = runbookDir();
        registry.add("scaleplan.incident.runbooks-dir", dir::toString);
        registry.add("scaleplan.incident.http.allowed-hosts", () -> "127.0.0.1:" + target.port());
    }

    @AfterAll
    static void close() {
        target.close();
        probe.close();
    }

    @Test
    void anAlertOpensAnIncidentWhoseRunbookCallsWaitsAndAsksForABlock() {
        String system = "flow-" + UUID.randomUUID();
        AlertFiring firing = alert(system, "HighErrorRate");
        probe.send(firing);

        IncidentOpened opened = EventJson.read(awaitEvent(system, "scaleplan.incident.opened").value(),
                IncidentOpened.class);
        ActionRequested block = EventJson.read(awaitEvent(system, "scaleplan.incident.action-requested").value(),
                ActionRequested.class);

        String key = opened.incidentId() + ":page";
        assertThat(target.requests("/page/" + system)).singleElement().satisfies(request -> {
            assertThat(request.idempotencyKey()).isEqualTo(key);
            assertThat(request.body()).isEqualTo("{\"incident\": \"" + opened.incidentId() + "\"}");
        });
        assertThat(opened.causedBy()).containsExactly(firing.eventId());
        assertThat(block.action()).isEqualTo("block-client");
        assertThat(block.parameters()).containsEntry("service", "checkout");
        String detail = AdminHttp.get(port, "/v1/incidents/" + opened.incidentId()).body();
        assertThat(detail).contains("scaleplan.runbook.step-started", "scaleplan.runbook.step-succeeded",
                "\"stepId\":\"settle\"", "waited 1s");

        probe.send(new AlertResolved(UUID.randomUUID(), T0.plusSeconds(300), system, firing.fingerprint(),
                firing.alertname(), firing.severity(), firing.labels(), 0.001, firing.startsAt(), T0.plusSeconds(300),
                List.of(firing.eventId())));
        awaitEvent(system, "scaleplan.incident.resolved");
        assertThat(AdminHttp.get(port, "/v1/incidents?system=" + system + "&status=RESOLVED").body())
                .contains(opened.incidentId());
    }

    @Test
    void anAlertResolvedBecauseItsSeriesHasGoneResolvesItsIncidentAndEndsTheWaitOfItsRun() {
        String system = "gone-" + UUID.randomUUID();
        AlertFiring firing = alert(system, "SeriesGone");
        probe.send(firing);
        awaitEvent(system, "scaleplan.runbook.step-started");

        // As phase-evaluator ends an alert whose series went silent: stamped at its last sample + staleness.
        Instant gone = T0.plus(Duration.ofMinutes(5));
        probe.send(new AlertResolved(UUID.randomUUID(), gone, system, firing.fingerprint(), firing.alertname(),
                firing.severity(), firing.labels(), firing.value(), firing.startsAt(), gone,
                List.of(firing.eventId())));

        IncidentResolved resolved = EventJson.read(awaitEvent(system, "scaleplan.incident.resolved").value(),
                IncidentResolved.class);
        assertThat(resolved.by()).isEqualTo("incident-service");
        assertThat(resolved.reason()).isEqualTo("alert resolved");
        assertThat(resolved.occurredAt()).isEqualTo(gone);
        // Past the await-metric step's 2 s time-out: the run stopped, so no failure is recorded for its wait.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> events(system, "scaleplan.runbook.step-failed").isEmpty());
    }

    @Test
    void anIncidentResolvedLongerAgoThanTheRetentionLeavesMemoryAndIsAnswered404WithWhy() {
        String system = "aged-" + UUID.randomUUID();
        probe.send(alert(system, "NoRunbook", T0));
        awaitEvent(system, "scaleplan.incident.opened");
        Instant longAgo = T0.minus(Duration.ofDays(30));
        AlertFiring old = alert(system, "Old", longAgo);
        probe.send(old);
        await().atMost(PATIENCE).until(() -> events(system, "scaleplan.incident.opened").size() == 2);
        String id = events(system, "scaleplan.incident.opened").stream()
                .map(r -> EventJson.read(r.value(), IncidentOpened.class))
                .filter(opened -> opened.fingerprint().equals(old.fingerprint()))
                .findFirst().orElseThrow().incidentId();

        probe.send(new AlertResolved(UUID.randomUUID(), longAgo.plusSeconds(60), system, old.fingerprint(),
                old.alertname(), old.severity(), old.labels(), 0, longAgo, longAgo.plusSeconds(60),
                List.of(old.eventId())));
        awaitEvent(system, "scaleplan.incident.resolved");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(AdminHttp.get(port, "/v1/incidents/" + id))
                .satisfies(answer -> {
                    assertThat(answer.statusCode()).isEqualTo(404);
                    assertThat(answer.body()).contains(id + " is no longer held: it was resolved at "
                            + longAgo.plusSeconds(60), "(scaleplan.incident.retention)", Topics.INCIDENT_EVENTS);
                }));
        assertThat(AdminHttp.get(port, "/actuator/prometheus").body())
                .containsPattern("scaleplan_store_keys\\{.*store=\"incidents\".*} [1-9]")
                .containsPattern("scaleplan_store_keys\\{.*store=\"incident-departures\".*} [1-9]");
    }

    @Test
    void aFailingTargetIsRetriedWithTheSameKeyThenTheIncidentEscalates() {
        String system = "failing-" + UUID.randomUUID();
        target.failNext(3);
        probe.send(alert(system, "HighErrorRate"));

        IncidentEscalated escalated = EventJson.read(awaitEvent(system, "scaleplan.incident.escalated").value(),
                IncidentEscalated.class);

        List<LocalTarget.Request> calls = target.requests("/page/" + system);
        assertThat(calls).hasSize(3).extracting(LocalTarget.Request::idempotencyKey)
                .containsOnly(escalated.incidentId() + ":page");
        assertThat(events(system, "scaleplan.runbook.step-failed")).extracting(r -> EventJson.read(r.value(),
                RunbookStepFailed.class)).extracting(RunbookStepFailed::attempt, RunbookStepFailed::willRetry)
                .containsExactly(tuple(1, true), tuple(2, true), tuple(3, false));
        assertThat(escalated.reason()).startsWith("step page failed after 3 attempts: POST").contains("HTTP 503");
        assertThat(target.applied(escalated.incidentId() + ":page")).isZero();
    }

    @Test
    void alertmanagerOpensAndResolvesIncidentsAndItsResendsChangeNothing() {
        String system = "am-" + UUID.randomUUID();
        String firing = alertmanager(system, "firing");

        assertThat(AdminHttp.post(port, "/v1/integrations/alertmanager", "application/json", firing).statusCode())
                .isEqualTo(200);
        awaitEvent(system, "scaleplan.incident.opened");
        AdminHttp.post(port, "/v1/integrations/alertmanager", "application/json", firing);
        AdminHttp.post(port, "/v1/integrations/alertmanager", "application/json", alertmanager(system, "resolved"));
        awaitEvent(system, "scaleplan.incident.resolved");

        assertThat(events(system, "scaleplan.incident.repeated")).isEmpty();
        assertThat(events(system, "scaleplan.incident.opened")).hasSize(1);
        assertThat(AdminHttp.post(port, "/v1/integrations/alertmanager", "application/json",
                "{\"version\": \"4\", \"alerts\": [{\"status\": \"firing\", \"labels\": {}}]}").body())
                .contains("alerts[0].labels.system", "alerts[0].startsAt");
    }

    @Test
    void aHostThatIsNotAllowedIsRefusedBeforeAnyConnection() {
        String system = "refused-" + UUID.randomUUID();
        probe.send(alert(system, "Unlisted"));

        IncidentEscalated escalated = EventJson.read(awaitEvent(system, "scaleplan.incident.escalated").value(),
                IncidentEscalated.class);

        assertThat(escalated.reason()).contains("scaleplan.incident.http.allowed-hosts");
        assertThat(events(system, "scaleplan.runbook.step-failed")).hasSize(1);
    }

    @Test
    void anAwaitMetricStepWaitsForTheConditionToHoldOnArrivingSamples() {
        String system = "recovery-" + UUID.randomUUID();
        probe.send(alert(system, "Recovery"));
        awaitEvent(system, "scaleplan.runbook.step-started");

        double[] ratios = {0.05, 0.005, 0.004, 0.003};
        int[] seconds = {0, 10, 40, 75};
        for (int i = 0; i < ratios.length; i++) {
            Instant at = T0.plusSeconds(seconds[i]);
            probe.send(new MetricSample(UUID.randomUUID(), at, system, "http_error_ratio", Map.of(), ratios[i], at));
        }

        RunbookStepSucceeded held = EventJson.read(awaitEvent(system, "scaleplan.runbook.step-succeeded").value(),
                RunbookStepSucceeded.class);
        assertThat(held.outcome()).startsWith("http_error_ratio < 0.01 for 65s");
    }

    @Test
    void anApprovalWaitsForAnOperatorThenItNotifiesScalesAndCompensatesAFailedStep() {
        String system = "approve-" + UUID.randomUUID();
        target.alwaysFail("/resize/");
        probe.send(alert(system, "NeedsApproval"));
        String id = EventJson.read(awaitEvent(system, "scaleplan.incident.opened").value(), IncidentOpened.class)
                .incidentId();
        probe.await(Topics.INCIDENT_EVENTS, r -> system.equals(r.key()) && new String(r.value()).contains(
                "\"stepId\":\"approve\""), PATIENCE);
        await().atMost(PATIENCE).until(() -> AdminHttp.get(port, "/v1/incidents/" + id).statusCode() == 200);

        assertThat(AdminHttp.post(port, "/v1/incidents/" + id + "/approve", "application/json", "").statusCode())
                .isEqualTo(202);

        IncidentEscalated escalated = EventJson.read(awaitEvent(system, "scaleplan.incident.escalated").value(),
                IncidentEscalated.class);
        assertThat(escalated.reason()).isEqualTo("step resize failed; compensated by undo");
        assertThat(events(system, "scaleplan.runbook.step-succeeded")).extracting(r -> EventJson.read(r.value(),
                RunbookStepSucceeded.class).outcome()).first().asString().startsWith("approved by");
        assertThat(target.requests("/undo/" + system)).hasSize(1);
        assertThat(target.requests("/notify/" + system)).extracting(LocalTarget.Request::body)
                .containsExactly("{\"text\":\"resizing " + system + "\"}");
        assertThat(target.requests("/scale/" + system)).extracting(LocalTarget.Request::method,
                LocalTarget.Request::body).containsExactly(tuple("GET", ""), tuple("PUT", "{\"replicas\":3}"));
    }

    @Test
    void racingAlertsOpenOneIncidentAndStartOneRun() {
        String system = "race-" + UUID.randomUUID();
        probe.send(alert(system, "HighErrorRate"));
        probe.send(alert(system, "HighErrorRate"));

        awaitEvent(system, "scaleplan.incident.action-requested");

        assertThat(events(system, "scaleplan.incident.opened")).hasSize(1);
        assertThat(events(system, "scaleplan.incident.repeated")).hasSize(1);
        assertThat(events(system, "scaleplan.runbook.step-started")).extracting(r -> EventJson.read(r.value(),
                RunbookStepStarted.class).stepId()).containsExactly("page", "settle", "block");
        assertThat(target.requests("/page/" + system)).hasSize(1);
    }

    @Test
    void incidentsOfDifferentSystemsRunInParallel() {
        String first = "parallel-a-" + UUID.randomUUID();
        String second = "parallel-b-" + UUID.randomUUID();
        probe.send(alert(first, "Slow"));
        probe.send(alert(second, "Slow"));

        awaitEvent(first, "scaleplan.runbook.step-succeeded");
        awaitEvent(second, "scaleplan.runbook.step-succeeded");

        Instant a = target.requests(LocalTarget.SLOW_PATHS + first).get(0).at();
        Instant b = target.requests(LocalTarget.SLOW_PATHS + second).get(0).at();
        assertThat(Duration.between(a, b).abs()).as("the second call began before the first was answered")
                .isLessThan(LocalTarget.SLOW);
    }

    @Test
    void operatorsAcknowledgeAndResolve() {
        String system = "ops-" + UUID.randomUUID();
        probe.send(alert(system, "NoRunbook"));
        String id = EventJson.read(awaitEvent(system, "scaleplan.incident.opened").value(), IncidentOpened.class)
                .incidentId();
        await().atMost(PATIENCE).until(() -> AdminHttp.get(port, "/v1/incidents/" + id).statusCode() == 200);

        assertThat(AdminHttp.post(port, "/v1/incidents/" + id + "/acknowledge", "application/json", "").statusCode())
                .isEqualTo(202);
        awaitEvent(system, "scaleplan.incident.acknowledged");
        assertThat(AdminHttp.post(port, "/v1/incidents/" + id + "/acknowledge", "application/json", "").statusCode())
                .isEqualTo(409);
        assertThat(AdminHttp.post(port, "/v1/incidents/" + id + "/resolve", "application/json",
                "{\"reason\": \"config rolled back\"}").statusCode()).isEqualTo(202);
        assertThat(awaitEvent(system, "scaleplan.incident.resolved").value()).asString()
                .contains("config rolled back");
        assertThat(AdminHttp.post(port, "/v1/incidents/nope/acknowledge", "application/json", "").statusCode())
                .isEqualTo(404);
    }

    private static AlertFiring alert(String system, String alertname) {
        return alert(system, alertname, T0);
    }

    private static AlertFiring alert(String system, String alertname, Instant at) {
        return new AlertFiring(UUID.randomUUID(), at, system, system + "/" + alertname + "{}", alertname, "critical",
                Map.of("service", "checkout"), Map.of("summary", alertname + " on " + system), 0.2, 0.05, at,
                List.of(UUID.randomUUID()));
    }

    private static String alertmanager(String system, String status) {
        return """
                {"version": "4", "groupKey": "{}:{alertname=\\"Down\\"}", "truncatedAlerts": 0, "status": "%s",
                 "receiver": "scaleplan", "groupLabels": {"alertname": "Down"}, "commonLabels": {},
                 "commonAnnotations": {}, "externalURL": "http://alertmanager:9093",
                 "alerts": [{"status": "%s", "labels": {"alertname": "Down", "system": "%s", "severity": "critical"},
                   "annotations": {"summary": "target down"}, "startsAt": "2026-11-27T10:00:00Z",
                   "endsAt": "%s", "generatorURL": "http://prometheus:9090/graph", "fingerprint": "a1b2c3d4e5f60718"}]}
                """.formatted(status, status, system,
                status.equals("resolved") ? "2026-11-27T10:05:00Z" : "0001-01-01T00:00:00Z");
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String system, String type) {
        return probe.await(Topics.INCIDENT_EVENTS, r -> system.equals(r.key())
                && KafkaProbe.header(r, CloudEventHeaders.TYPE).filter(type::equals).isPresent(), PATIENCE);
    }

    private static List<ConsumerRecord<String, byte[]>> events(String system, String type) {
        return probe.readAll(Topics.INCIDENT_EVENTS, r -> system.equals(r.key())
                && KafkaProbe.header(r, CloudEventHeaders.TYPE).filter(type::equals).isPresent());
    }

    private static Path runbookDir() {
        String base = "http://127.0.0.1:" + target.port();
        try {
            Path dir = Files.createTempDirectory("runbooks");
            Files.writeString(dir.resolve("error-rate.yml"), """
                    id: error-rate
                    trigger:
                      source: alert
                      match: {alertname: HighErrorRate}
                    steps:
                      - id: page
                        type: http
                        request: {url: "%s/page/{{incident.system}}", body: '{"incident": "{{incident.id}}"}'}
                        retry: {max-attempts: 3, backoff: 100ms, max-backoff: 200ms}
                        timeout: 5s
                      - id: settle
                        type: wait
                        duration: 1s
                      - id: block
                        type: publish
                        action: block-client
                        parameters: {service: "{{labels.service}}"}
                    """.formatted(base));
            Files.writeString(dir.resolve("recovery.yml"), """
                    id: recovery
                    trigger:
                      source: alert
                      match: {alertname: Recovery}
                    steps:
                      - id: recovered
                        type: await-metric
                        metric: http_error_ratio
                        condition: "< 0.01"
                        for: 60s
                        timeout: 60s
                    """);
            Files.writeString(dir.resolve("gone.yml"), """
                    id: gone
                    trigger:
                      source: alert
                      match: {alertname: SeriesGone}
                    steps:
                      - id: recovered
                        type: await-metric
                        metric: http_error_ratio
                        condition: "< 0.01"
                        for: 60s
                        timeout: 2s
                    """);
            Files.writeString(dir.resolve("approval.yml"), """
                    id: approval
                    trigger:
                      source: alert
                      match: {alertname: NeedsApproval}
                    steps:
                      - id: approve
                        type: approval
                        prompt: "Resize {{incident.system}}?"
                        timeout: 60s
                      - id: tell
                        type: notify
                        url: "%1$s/notify/{{incident.system}}"
                        text: "resizing {{incident.system}}"
                      - id: grow
                        type: scale
                        http: {url: "%1$s/scale/{{incident.system}}"}
                        add: 1
                      - id: resize
                        type: http
                        request: {url: "%1$s/resize/{{incident.system}}"}
                        on-failure: compensate
                        compensate:
                          id: undo
                          type: http
                          request: {url: "%1$s/undo/{{incident.system}}"}
                    """.formatted(base));
            Files.writeString(dir.resolve("slow.yml"), """
                    id: slow
                    trigger:
                      source: alert
                      match: {alertname: Slow}
                    steps:
                      - id: call
                        type: http
                        request: {url: "%s/slow/{{incident.system}}"}
                    """.formatted(base));
            Files.writeString(dir.resolve("unlisted.yml"), """
                    id: unlisted
                    trigger:
                      source: alert
                      match: {alertname: Unlisted}
                    steps:
                      - id: call
                        type: http
                        request: {url: "http://127.0.0.1:9/never"}
                        retry: {max-attempts: 3, backoff: 100ms}
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
