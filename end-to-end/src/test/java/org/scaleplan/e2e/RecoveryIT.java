package org.scaleplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.testsupport.BindingChecks;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.SampleEvents;

/**
 * Bad input and crashes under a running stack, each with a reconciliation printed and checked: poison on every
 * consumed topic, phase-evaluator and incident-service killed with {@code kill -9} in the middle of their work,
 * Redis killed and started again empty, and Redis emptied ({@code FLUSHALL}). Nothing acknowledged is lost, nothing
 * is decided or done twice, and what Redis holds as a copy of Kafka comes back within seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryIT {

    private static final Duration PATIENCE = EventLog.PATIENCE;
    private static final Path DRILL_RUNBOOKS = Path.of("src", "test", "resources", "drill-runbooks").toAbsolutePath();
    private static final int DRILL_CALLS = 6;
    private static Stack stack;
    private static EventLog log;
    private static DemoTargetFixture target;

    @BeforeAll
    static void start(@TempDir Path work) {
        target = DemoTargetFixture.start(work.resolve("target.log"));
        stack = Stack.start(work, Map.of(),
                Map.of("incident-service", Map.of("scaleplan.incident.runbooks-dir", DRILL_RUNBOOKS.toString())));
        log = new EventLog(stack.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        Stack.closeAll(log, stack, target);
    }

    /** Each service, with a valid event of each topic it consumes as a group (views of compacted topics skip). */
    @Test
    @Order(1)
    void poisonOnEveryConsumedTopicIsDeadLetteredWithItsReasonAndWhatFollowsIsConsumed() {
        String system = "poison-" + UUID.randomUUID();
        Map<String, List<ScaleplanEvent>> consumed = new LinkedHashMap<>();
        consumed.put("phase-evaluator", List.of(SampleEvents.metricSample(system)));
        consumed.put("cost-service", List.of(SampleEvents.metricSample(system), SampleEvents.phaseChanged(system),
                SampleEvents.budgetSet(system)));
        consumed.put("security-service", List.of(SampleEvents.metricSample(system, "http_requests_total"),
                SampleEvents.phaseChanged(system), SampleEvents.securityIncidentDetected(system),
                SampleEvents.actionRequested(system)));
        consumed.put("incident-service", List.of(SampleEvents.alertFiring(system),
                SampleEvents.securityIncidentDetected(system), SampleEvents.budgetThresholdCrossed(system),
                SampleEvents.phaseChanged(system)));

        consumed.forEach((service, valid) -> {
            try (BindingChecks checks = new BindingChecks(stack.bootstrapServers(), service)) {
                valid.forEach(event -> checks.consumesAndDeadLettersPoison(stack.port(service), event));
            }
        });
        int pairs = consumed.values().stream().mapToInt(List::size).sum();
        System.out.printf("poison: %d poison records sent (one per topic and consuming service), %d dead-lettered"
                + " with the reason, %d valid records after them consumed%n", pairs, pairs, pairs);
        Stack.SERVICES.forEach(service -> assertThat(stack.service(service).isAlive()).as(service).isTrue());
    }

    @Test
    @Order(2)
    void phaseEvaluatorKilledMidStreamMakesTheSameDecisionsOnce() {
        String system = "kill-evaluator-" + UUID.randomUUID();
        Instant t0 = Instant.now().minus(Duration.ofMinutes(40));
        for (int minute = 0; minute < 12; minute++) {
            post(Samples.growth(system, t0, minute));
        }
        log.await(system, PhaseChanged.class, change -> change.phase() == 2);
        for (int minute = 12; minute < 18; minute++) {
            post(Samples.growth(system, t0, minute));
        }
        stack.service("phase-evaluator").kill();
        for (int minute = 18; minute < Samples.GROWTH_MINUTES; minute++) {
            post(Samples.growth(system, t0, minute));
        }
        stack.service("phase-evaluator").restart();

        List<PhaseChanged> changes = await().atMost(PATIENCE).until(() -> log.of(system, PhaseChanged.class),
                list -> list.size() >= 3);
        Map<String, Long> byEventId = eventIds(system, Topics.PHASE_CHANGES);
        long duplicated = byEventId.values().stream().mapToLong(count -> count - 1).sum();
        System.out.printf("kill -9 phase-evaluator: %d minutes of samples acknowledged, 3 phase changes expected,"
                + " %d found; %d events on the topic, %d duplicated by eventId%n", Samples.GROWTH_MINUTES,
                changes.size(), byEventId.size(), duplicated);
        assertThat(changes).extracting(PhaseChanged::previousPhase, PhaseChanged::phase)
                .containsExactly(tuple(1, 2), tuple(2, 3), tuple(3, 4));
        assertThat(duplicated).isZero();
    }

    @Test
    @Order(3)
    void incidentServiceKilledMidRunbookResumesAndActsOnceOnEachCall() {
        String system = "drill-" + UUID.randomUUID();
        assertThat(Http.post(stack.port("incident-service"), "/v1/integrations/alertmanager",
                AlertmanagerPayload.firing(system, "FaultDrill", "kill -9 drill", "d7111000000000001")).statusCode())
                .isBetween(200, 299);
        String incident = log.await(system, IncidentOpened.class, opened -> true).incidentId();
        await().atMost(PATIENCE).until(() -> target.requestsWithKey(incident + ":step-2") >= 1);

        stack.service("incident-service").kill();
        stack.service("incident-service").restart();

        log.await(system, RunbookStepSucceeded.class, step -> step.stepId().equals("step-" + DRILL_CALLS));
        Map<String, Long> succeeded = log.of(system, RunbookStepSucceeded.class).stream()
                .collect(Collectors.groupingBy(RunbookStepSucceeded::stepId, Collectors.counting()));
        int requests = 0;
        int applied = 0;
        int twice = 0;
        for (int call = 1; call <= DRILL_CALLS; call++) {
            requests += target.requestsWithKey(incident + ":step-" + call);
            int effects = target.effectsOn("/drill/" + system + "/" + call);
            applied += Math.min(effects, 1);
            twice += Math.max(effects - 1, 0);
        }
        System.out.printf("kill -9 incident-service after call 2 of %d: %d requests made, %d calls applied, %d applied"
                + " twice; %d steps succeeded, %s%n", DRILL_CALLS, requests, applied, twice, succeeded.size(),
                succeeded);
        assertThat(applied).as("calls applied").isEqualTo(DRILL_CALLS);
        assertThat(twice).as("calls applied twice").isZero();
        assertThat(succeeded).hasSize(2 * DRILL_CALLS - 1).allSatisfy((step, count) -> assertThat(count)
                .as(step).isOne());
    }

    @Test
    @Order(4)
    void redisKilledAndStartedEmptyLosesNoSampleAndIsRefilledFromKafka() {
        String system = "redis-restart-" + UUID.randomUUID();
        Clients clients = Clients.oneBlocked(system);
        IngestKey collector = clients.collector();

        stack.redis().kill();
        int sent = 20;
        int acknowledged = 0;
        for (int batch = 1; batch <= sent; batch++) {
            acknowledged += collector.post(stack, up(system, batch)) == 200 ? 1 : 0;
        }
        Stack.SERVICES.forEach(service -> assertThat(stack.service(service).isAlive()).as(service).isTrue());
        stack.redis().restart();
        Instant restarted = Instant.now();

        await().atMost(PATIENCE).until(() -> refilled() && clients.enforced(system, 100));
        Duration back = Duration.between(restarted, Instant.now());
        Map<String, Long> found = log.records(system, Topics.METRICS).stream()
                .map(r -> EventJson.read(r.value(), MetricSample.class).labels().get("batch"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long foundWhileDown = found.entrySet().stream().filter(e -> between(e.getKey(), 1, sent)).count();
        long duplicated = found.values().stream().mapToLong(count -> count - 1).sum();
        System.out.printf("Redis killed and started empty: %d batches sent while it was down, %d acknowledged,"
                + " %d found, %d duplicated; keys and decisions back %d ms after the restart%n", sent, acknowledged,
                foundWhileDown, duplicated, back.toMillis());
        assertThat(acknowledged).as("a key looked up before the outage keeps working").isEqualTo(sent);
        assertThat(foundWhileDown).isEqualTo(acknowledged);
        assertThat(duplicated).isZero();
        assertThat(back).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    @Order(5)
    void redisEmptiedIsRefilledFromKafkaWithinSeconds() {
        String system = "flush-" + UUID.randomUUID();
        Clients clients = Clients.oneBlocked(system);

        assertThat(stack.redis().command("FLUSHALL")).isEqualTo("+OK");
        Instant flushed = Instant.now();

        // Rebuilt, not served from a cache: security-service marks each store once it has written it again.
        await().atMost(PATIENCE).until(() -> refilled() && clients.enforced(system, 1));
        Duration back = Duration.between(flushed, Instant.now());
        System.out.printf("FLUSHALL: the collector's key works and the greedy key is blocked again, %d ms after%n",
                back.toMillis());
        assertThat(back).isLessThan(Duration.ofSeconds(30));
        Stack.SERVICES.forEach(service -> assertThat(Http.get(stack.port(service), "/actuator/health").statusCode())
                .as(service + " health").isEqualTo(200));
    }

    private static boolean refilled() {
        return ":1".equals(stack.redis().command("EXISTS scaleplan:api-keys:loaded"))
                && ":1".equals(stack.redis().command("EXISTS scaleplan:decisions:loaded"));
    }

    private static void post(Samples samples) {
        assertThat(Http.post(stack.port("metrics-ingest"), "/v1/metrics", samples.json()).statusCode())
                .isEqualTo(200);
    }

    private static Samples up(String system, int batch) {
        return Samples.of(system, Instant.now()).add("up", 1, Map.of("batch", String.valueOf(batch)));
    }

    /** Two collectors of one system: the greedy one blocked by an admin's decision, the other not. */
    private record Clients(IngestKey collector, IngestKey greedy) {

        static Clients oneBlocked(String system) {
            Clients clients = new Clients(IngestKey.issue(stack, "collector"), IngestKey.issue(stack, "greedy"));
            assertThat(Http.post(stack.port("security-service"), "/v1/decisions", "{\"system\": \"" + system
                    + "\", \"action\": \"BLOCK\", \"scope\": {\"type\": \"KEY\", \"value\": \""
                    + clients.greedy().id() + "\"}, \"ttl\": \"1h\", \"reason\": \"drill\"}").statusCode())
                    .isEqualTo(202);
            await().atMost(PATIENCE).until(() -> clients.enforced(system, 0));
            return clients;
        }

        /** Whether ingest accepts the collector's batch and refuses the greedy one. */
        boolean enforced(String system, int batch) {
            return collector.post(stack, up(system, batch)) == 200 && greedy.post(stack, up(system, batch)) == 403;
        }
    }

    private static boolean between(String batch, int first, int last) {
        int number = Integer.parseInt(batch);
        return number >= first && number <= last;
    }

    /** How often each event id is on {@code topic} for {@code system}. */
    private static Map<String, Long> eventIds(String system, String topic) {
        return log.records(system, topic).stream()
                .map(r -> KafkaProbe.header(r, CloudEventHeaders.ID).orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
