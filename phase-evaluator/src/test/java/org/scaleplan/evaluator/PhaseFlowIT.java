package org.scaleplan.evaluator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.Limits;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.replay.Admission;
import org.scaleplan.evaluator.replay.Range;
import org.scaleplan.evaluator.replay.Replay;
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
 * The evaluator against a real broker, through its topics and HTTP API only: samples in, exactly the expected
 * decisions out, the phase as the API shows it, rule reloads, and a replay that decides exactly as live did.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class PhaseFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final PhasePlan PLAN = PhasePlan.defaults();
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());
    private static final Path rulesDir = copyOfItRules();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("scaleplan.evaluator.rules.dir", rulesDir::toString);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aGrowthCurveGivesExactlyItsPhaseChangesWithCloudEventsHeaders() {
        String system = "growth-" + UUID.randomUUID();
        List<MetricSample> curve = growthCurve(system, T0);
        curve.forEach(probe::send);

        List<PhaseChanged> expected = List.of(
                change(system, 1, 2, Direction.UP, minute(curve, 10)),
                change(system, 2, 4, Direction.UP, minute(curve, 20)),
                change(system, 4, 3, Direction.DOWN, minute(curve, 30)));
        List<ConsumerRecord<String, byte[]>> records = awaitExactly(Topics.PHASE_CHANGES, system,
                "scaleplan.phase.changed", expected.size());

        assertThat(records).extracting(r -> EventJson.read(r.value(), PhaseChanged.class)).isEqualTo(expected);
        for (int i = 0; i < expected.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(record.key()).isEqualTo(system);
            CloudEventHeaders.of(expected.get(i), "phase-evaluator").forEach((name, value) ->
                    assertThat(KafkaProbe.header(record, name)).as(name).contains(value));
        }
        assertThat(expected.get(1).actions()).startsWith("Expansion: multi-region deployment")
                .endsWith("Enterprise: enterprise security");
    }

    @Test
    void theApiShowsThePhaseAPendingChangeAndTheForecast() {
        String system = "api-" + UUID.randomUUID();
        List<MetricSample> samples = new ArrayList<>();
        for (int minute = 0; minute <= 20; minute++) {
            samples.add(activeUsers(system, T0.plus(Duration.ofMinutes(minute)), 600 + 15 * minute));
        }
        // Past the first boundary for two minutes of a five minute window: a change is pending.
        samples.add(activeUsers(system, T0.plus(Duration.ofMinutes(21)), 1_100));
        samples.add(activeUsers(system, T0.plus(Duration.ofMinutes(23)), 1_200));
        samples.forEach(probe::send);

        await().atMost(PATIENCE).until(() -> get("/v1/systems/" + system + "/phase").body().contains("T08:23:00Z"));
        String body = get("/v1/systems/" + system + "/phase").body();
        assertThat(body).contains("\"phase\":1", "\"phaseName\":\"Initial\"", "\"activeUsers\":1200",
                "\"pending\":{\"phase\":2,\"phaseName\":\"Growth\",\"since\":\"2026-11-27T08:21:00Z\","
                        + "\"due\":\"2026-11-27T08:26:00Z\"}",
                "\"nextPhase\":2", "\"nextThreshold\":1000");
        assertThat(get("/v1/systems/never-seen/phase").statusCode()).isEqualTo(404);
    }

    @Test
    void anAlertFiresAfterItsForAndResolvesAfterKeepFiringFor() {
        String system = "alert-" + UUID.randomUUID();
        double[] depths = {10, 150, 200, 180, 160, 170, 20, 20, 20, 20};
        for (int i = 0; i < depths.length; i++) {
            probe.send(queueDepth(system, T0.plusSeconds(30L * i), depths[i]));
        }

        List<ConsumerRecord<String, byte[]>> firing = awaitExactly(Topics.ALERTS, system, "scaleplan.alert.firing", 1);
        List<ConsumerRecord<String, byte[]>> resolved = awaitExactly(Topics.ALERTS, system,
                "scaleplan.alert.resolved", 1);

        String fingerprint = system + "/QueueBacklog{}";
        AlertFiring fired = EventJson.read(firing.get(0).value(), AlertFiring.class);
        assertThat(fired.fingerprint()).isEqualTo(fingerprint);
        assertThat(fired.startsAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(fired.occurredAt()).isEqualTo(T0.plusSeconds(150));
        assertThat(fired.value()).isEqualTo(170);
        assertThat(fired.threshold()).isEqualTo(100);
        assertThat(fired.eventId()).isEqualTo(EventIds.of("alert-firing", fingerprint, T0.plusSeconds(30)));
        assertThat(fired.annotations()).containsEntry("summary", "queue depth 170 above 100 on " + system);
        AlertResolved ended = EventJson.read(resolved.get(0).value(), AlertResolved.class);
        assertThat(ended.endsAt()).isEqualTo(T0.plusSeconds(210));
        assertThat(ended.occurredAt()).isEqualTo(T0.plusSeconds(270));
        assertThat(ended.causedBy()).startsWith(fired.eventId());
    }

    @Test
    void theAlertOfASeriesThatStopsResolvesOnceStreamTimeHasRunOnPastTheStalenessPeriod() {
        String system = "gone-" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            probe.send(queueDepth(system, T0.plusSeconds(30L * i), 150));
        }
        AlertFiring fired = EventJson.read(awaitExactly(Topics.ALERTS, system, "scaleplan.alert.firing", 1).get(0)
                .value(), AlertFiring.class);

        // Records arriving six minutes from now, of other systems in every partition, run stream time on.
        Instant later = Instant.now().plus(Duration.ofMinutes(6));
        for (int i = 0; i < 30; i++) {
            probe.send(new MetricSample(UUID.randomUUID(), later, "clock-" + i, "unread_metric", Map.of(), 1, later),
                    later);
        }

        AlertResolved resolved = EventJson.read(awaitExactly(Topics.ALERTS, system, "scaleplan.alert.resolved", 1)
                .get(0).value(), AlertResolved.class);
        assertThat(resolved.reason()).isEqualTo("series gone: no sample for 5m after " + T0.plusSeconds(150));
        assertThat(resolved.endsAt()).isEqualTo(T0.plusSeconds(150).plus(Duration.ofMinutes(5)));
        assertThat(resolved.causedBy()).containsExactly(fired.eventId());
    }

    @Test
    void aReplayOfTheRangeDecidesExactlyAsLiveDid() {
        // Samples of the last hour, sent now: as ingest admits them (ReplayIT replays last quarter's as they arrived).
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
        String system = "replay-" + UUID.randomUUID();
        List<MetricSample> curve = growthCurve(system, start);
        curve.forEach(probe::send);
        double[] depths = {150, 150, 150, 150, 150, 150, 0, 0, 0, 0};
        for (int i = 0; i < depths.length; i++) {
            probe.send(queueDepth(system, start.plusSeconds(30L * i), depths[i]));
        }
        awaitExactly(Topics.PHASE_CHANGES, system, "scaleplan.phase.changed", 3);
        awaitExactly(Topics.ALERTS, system, "scaleplan.alert.resolved", 1);
        List<SystemEvent> live = new ArrayList<>();
        for (String topic : List.of(Topics.PHASE_CHANGES, Topics.ALERTS)) {
            probe.readAll(topic, r -> system.equals(r.key())).forEach(r -> live.add((SystemEvent) EventJson.read(
                    r.value(), KafkaProbe.header(r, CloudEventHeaders.TYPE).orElseThrow())));
        }

        List<SystemEvent> replayed = new ArrayList<>();
        Replay.Summary summary = new Replay(Infrastructure.kafkaBootstrapServers(), Admission.INGEST_DEFAULTS,
                Duration.ofMinutes(1), line -> { }).run(new Range(start, start.plus(Duration.ofHours(1)), system),
                        new Evaluation(PLAN, Duration.ofHours(1), Limits.DEFAULTS, () -> AlertRules.load(rulesDir)),
                        replayed::add);

        Comparator<SystemEvent> byTimeThenId = Comparator.comparing(SystemEvent::occurredAt)
                .thenComparing(e -> e.eventId().toString());
        assertThat(summary.evaluated()).isEqualTo(curve.size() + depths.length);
        assertThat(live).hasSizeGreaterThan(4);
        assertThat(replayed.stream().sorted(byTimeThenId).toList())
                .isEqualTo(live.stream().sorted(byTimeThenId).toList());
    }

    @Test
    void aReloadAppliesOnlyAWhollyValidSetOfRuleFiles() throws IOException {
        Path extra = rulesDir.resolve("zz-extra.yml");
        try {
            Files.writeString(extra, "groups:\n  - name: extra\n    rules:\n      - alert: Broken\n        metric: x\n");
            HttpResponse<String> refused = post("/v1/rules/reload", "");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("zz-extra.yml:4");
            assertThat(get("/v1/rules").body()).contains("QueueBacklog").doesNotContain("Broken");

            Files.writeString(extra, """
                    groups:
                      - name: extra
                        rules:
                          - alert: TooManyWidgets
                            metric: widgets
                            aggregate: avg
                            window: 1m
                            op: ">"
                            threshold: 5
                            severity: warning
                    """);
            assertThat(post("/v1/rules/reload", "").statusCode()).isEqualTo(200);
            assertThat(get("/v1/rules").body()).contains("QueueBacklog", "TooManyWidgets");

            String system = "reload-" + UUID.randomUUID();
            probe.send(new MetricSample(UUID.randomUUID(), T0, system, "widgets", Map.of(), 9, T0));
            awaitExactly(Topics.ALERTS, system, "scaleplan.alert.firing", 1);
        } finally {
            Files.deleteIfExists(extra);
            post("/v1/rules/reload", "");
        }
    }

    @Test
    void checkNamesEveryProblemOfARuleFileWithoutLoadingIt() {
        HttpResponse<String> answer = post("/v1/rules/check?file=mine.yml",
                "groups:\n  - name: g\n    rules:\n      - alert: A\n        metric: m\n        aggregate: median\n");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"valid\":false", "mine.yml:6: aggregate");
    }

    @Test
    void aSampleTheDecisionCodeRefusesIsDeadLetteredAndTheSystemCarriesOn() {
        String system = "nan-" + UUID.randomUUID();
        MetricSample nan = new MetricSample(UUID.randomUUID(), T0, system, "active_users", Map.of(), Double.NaN, T0);
        probe.send(nan);
        probe.send(activeUsers(system, T0.plusSeconds(60), 300));

        ConsumerRecord<String, byte[]> dead = probe.await(Topics.deadLetter(Topics.METRICS, "phase-evaluator"),
                r -> system.equals(r.key()), PATIENCE);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).hasValueSatisfying(
                reason -> assertThat(reason).contains("active_users must be a finite number"));
        await().atMost(PATIENCE).until(() -> get("/v1/systems/" + system + "/phase").body()
                .contains("\"activeUsers\":300"));
    }

    /** Initial at 800, 2,000 from minute 5, 30,000 from minute 15, 15,000 from minute 25, then hovering at 20k. */
    private static List<MetricSample> growthCurve(String system, Instant start) {
        List<MetricSample> samples = new ArrayList<>();
        for (int minute = 0; minute <= 45; minute++) {
            long users = minute < 5 ? 800 : minute < 15 ? 2_000 : minute < 25 ? 30_000 : minute < 31 ? 15_000
                    : minute % 2 == 0 ? 19_000 : 20_500;
            samples.add(activeUsers(system, start.plus(Duration.ofMinutes(minute)), users));
        }
        return samples;
    }

    private static MetricSample minute(List<MetricSample> curve, int minute) {
        return curve.get(minute);
    }

    private static PhaseChanged change(String system, int from, int to, Direction direction, MetricSample deciding) {
        Instant at = deciding.occurredAt();
        return new PhaseChanged(EventIds.of("phase-changed", system, from, to, at), at, system, from, to,
                PLAN.name(to), direction, Math.round(deciding.value()), PLAN.actions(from, to),
                List.of(deciding.eventId()));
    }

    private static MetricSample activeUsers(String system, Instant at, long users) {
        return new MetricSample(UUID.randomUUID(), at, system, "active_users", Map.of("region", "eu"), users, at);
    }

    private static MetricSample queueDepth(String system, Instant at, double depth) {
        return new MetricSample(UUID.randomUUID(), at, system, "ai_queue_depth", Map.of(), depth, at);
    }

    /** The records of {@code type} about {@code system}, once there are {@code count}, and still only those later. */
    private static List<ConsumerRecord<String, byte[]>> awaitExactly(String topic, String system, String type,
            int count) {
        await().atMost(PATIENCE).until(() -> ofType(topic, system, type).size() >= count);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ofType(topic, system, type).size() == count);
        return ofType(topic, system, type);
    }

    private static List<ConsumerRecord<String, byte[]>> ofType(String topic, String system, String type) {
        return probe.readAll(topic, r -> system.equals(r.key())
                && KafkaProbe.header(r, CloudEventHeaders.TYPE).filter(type::equals).isPresent());
    }

    private HttpResponse<String> get(String path) {
        return AdminHttp.get(port, path);
    }

    private HttpResponse<String> post(String path, String body) {
        return AdminHttp.post(port, path, "application/yaml", body);
    }

    private static Path copyOfItRules() {
        try {
            Path dir = Files.createTempDirectory("scaleplan-it-rules");
            try (var in = PhaseFlowIT.class.getClassLoader().getResourceAsStream("it-rules/queue.yml")) {
                Files.copy(in, dir.resolve("queue.yml"));
            }
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
