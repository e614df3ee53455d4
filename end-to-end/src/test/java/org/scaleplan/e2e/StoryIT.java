package org.scaleplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.PostureChanged;

/**
 * The story of one system as users meet Scaleplan, against the whole stack as processes (two instances of
 * phase-evaluator and of incident-service), driven only through HTTP and topics: growth through the phases with a
 * cost projection, a posture and a phase runbook each; an error spike that becomes an alert, an incident and a
 * runbook run to recovery; an Alertmanager alert; an auth-failure burst that ingest then refuses; and, with one
 * instance of each doubled service killed, the survivors carrying on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoryIT {

    private static final Duration PATIENCE = EventLog.PATIENCE;
    private static Stack stack;
    private static EventLog log;
    private static DemoTargetFixture target;

    @BeforeAll
    static void start(@TempDir Path work) {
        target = DemoTargetFixture.start(work.resolve("target.log"));
        stack = Stack.start(work, Map.of("phase-evaluator", 2, "incident-service", 2));
        log = new EventLog(stack.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        Stack.closeAll(log, stack, target);
    }

    @Test
    @Order(1)
    void growthGivesEachPhaseItsCostProjectionPostureAndRunbook() {
        String system = "story-" + UUID.randomUUID();
        budget(system, 2_000);
        grow(system, Instant.now().minus(Duration.ofMinutes(40)));

        List<PhaseChanged> changes = await().atMost(PATIENCE).until(() -> events(system, PhaseChanged.class),
                list -> list.size() == 3);
        assertThat(changes).extracting(PhaseChanged::previousPhase, PhaseChanged::phase)
                .containsExactly(tuple(1, 2), tuple(2, 3), tuple(3, 4));
        for (PhaseChanged change : changes) {
            CostProjected projected = awaitEvent(system, CostProjected.class,
                    p -> p.causedBy().contains(change.eventId()));
            assertThat(projected.phase()).isEqualTo(change.phase());
            assertThat(projected.budgetUsd()).isEqualByComparingTo("2000");
            PostureChanged posture = awaitEvent(system, PostureChanged.class,
                    p -> p.causedBy().contains(change.eventId()));
            assertThat(posture.phase()).isEqualTo(change.phase());
        }
        // Each phase's runbook announces it on the local target, once.
        List<IncidentOpened> phases = await().atMost(PATIENCE).until(() -> events(system, IncidentOpened.class)
                .stream().filter(o -> o.source() == IncidentSource.PHASE_CHANGE).toList(), list -> list.size() == 3);
        for (IncidentOpened phase : phases) {
            await().atMost(PATIENCE).until(() -> target.requestsWithKey(phase.incidentId() + ":announce") == 1);
        }
    }

    @Test
    @Order(2)
    void anErrorSpikeBecomesAnAlertAnIncidentAndARunbookRunToRecovery() {
        String system = "spike-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofMinutes(30));
        for (int minute = 0; minute <= 8; minute++) {
            post(Samples.of(system, t0.plus(Duration.ofMinutes(minute))).add("http_error_ratio", 0.2));
        }
        AlertFiring firing = awaitEvent(system, AlertFiring.class, a -> a.alertname().equals("HighErrorRate"));
        IncidentOpened opened = awaitEvent(system, IncidentOpened.class, o -> o.causedBy().contains(firing.eventId()));

        awaitEvent(system, RunbookStepStarted.class, s -> s.stepId().equals("approve-scale-out"));
        assertThat(Http.post(stack.port("incident-service"), "/v1/incidents/" + opened.incidentId() + "/approve", "")
                .statusCode()).isEqualTo(202);
        awaitEvent(system, RunbookStepStarted.class, s -> s.stepId().equals("monitor-recovery"));
        for (int minute = 9; minute <= 16; minute++) {
            post(Samples.of(system, t0.plus(Duration.ofMinutes(minute))).add("http_error_ratio", 0.001));
        }

        awaitEvent(system, RunbookStepSucceeded.class, s -> s.stepId().equals("monitor-recovery"));
        awaitEvent(system, IncidentResolved.class, r -> r.incidentId().equals(opened.incidentId()));
        // The scale step set the replicas once, under its idempotency key.
        assertThat(target.requestsWithKey(opened.incidentId() + ":scale-out")).isPositive();
        assertThat(target.effectsOn("/scale/" + system)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void anAlertmanagerAlertOpensAnIncident() {
        String system = "am-" + UUID.randomUUID();
        String payload = AlertmanagerPayload.firing(system, "Down", "target down", "e2e0000000000001");

        assertThat(Http.post(stack.port("incident-service"), "/v1/integrations/alertmanager", payload).statusCode())
                .isBetween(200, 299);

        IncidentOpened opened = awaitEvent(system, IncidentOpened.class, o -> true);
        assertThat(opened.source()).isEqualTo(IncidentSource.ALERT);
        assertThat(opened.title()).isEqualTo("target down");
        assertThat(opened.labels()).containsEntry("alertname", "Down");
    }

    @Test
    @Order(4)
    void anAuthFailureBurstGetsTheClientRefusedByIngest() {
        String system = "auth-" + UUID.randomUUID();
        Instant now = Instant.now();
        Map<String, String> from = Map.of("client_ip", "127.0.0.1", "user", "alice");
        post(Samples.of(system, now.minusSeconds(20)).add("auth_failures_total", 0, from));
        post(Samples.of(system, now.minusSeconds(10)).add("auth_failures_total", 40, from));

        DecisionIssued decision = awaitEvent(system, DecisionIssued.class, d -> true);
        assertThat(decision.scope().value()).isEqualTo("127.0.0.1");
        await().atMost(PATIENCE).until(() -> Http.post(stack.port("metrics-ingest"), "/v1/metrics",
                Samples.of(system, Instant.now()).add("up", 1).json()).statusCode() == 403);
        assertThat(Http.post(stack.port("metrics-ingest"), "/v1/metrics",
                Samples.of("other-" + system, Instant.now()).add("up", 1).json()).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void withOneInstanceOfEachDoubledServiceKilledTheOthersCarryOn() {
        stack.service("phase-evaluator", 0).kill();
        stack.service("incident-service", 0).kill();
        String system = "survivor-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofMinutes(20));
        for (int minute = 0; minute <= 7; minute++) {
            post(Samples.of(system, t0.plus(Duration.ofMinutes(minute))).add("active_users", 2_500));
        }

        PhaseChanged change = awaitEvent(system, PhaseChanged.class, c -> c.phase() == 2);
        awaitEvent(system, RunbookStepSucceeded.class, s -> s.stepId().equals("announce"));
        assertThat(events(system, PhaseChanged.class)).containsExactly(change);
    }

    private static void grow(String system, Instant t0) {
        for (int minute = 0; minute < Samples.GROWTH_MINUTES; minute++) {
            post(Samples.growth(system, t0, minute));
        }
    }

    private static void budget(String system, int usd) {
        assertThat(Http.put(stack.port("cost-service"), "/v1/systems/" + system + "/budget",
                "{\"monthlyUsd\": " + usd + "}").statusCode()).isEqualTo(200);
    }

    private static void post(Samples samples) {
        assertThat(Http.post(stack.port("metrics-ingest"), "/v1/metrics", samples.json()).statusCode())
                .isEqualTo(200);
    }

    private static <T extends SystemEvent> T awaitEvent(String system, Class<T> type, Predicate<T> match) {
        return log.await(system, type, match);
    }

    private static <T extends ScaleplanEvent> List<T> events(String system, Class<T> type) {
        return log.of(system, type);
    }
}
