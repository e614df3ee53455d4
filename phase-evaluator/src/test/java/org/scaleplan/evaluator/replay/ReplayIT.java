package org.scaleplan.evaluator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.RuleSet;
import org.scaleplan.evaluator.evaluation.EvaluationState;
import org.scaleplan.evaluator.evaluation.Limits;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.rules.RuleFiles;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Replays of last quarter, on a broker of each test's own: every record is stamped with its arrival then, as ingest
 * stamped it, and a topic's records arrive in order (on the shared test broker, records stamped now come first).
 */
class ReplayIT {

    private static final String SYSTEM = "shop-prod";
    /** A quarter ago, far beyond ingest's max-age of now: only the records' arrival stamps can find it. */
    private static final Instant START = Instant.now().minus(Duration.ofDays(90)).truncatedTo(ChronoUnit.HOURS);
    private static final Range HOUR = new Range(START, START.plus(Duration.ofHours(1)), SYSTEM);
    /** A sample of the range that arrived 20 hours late, within ingest's max-age of 24 h. */
    private static final MetricSample LATE = activeUsers(START.plus(Duration.ofMinutes(40)), 2_000);

    private EmbeddedKafkaKraftBroker broker;
    private final List<MetricSample> inRange = new ArrayList<>();
    /** When each sample of {@link #inRange} arrived (its record's stamp). */
    private final Map<MetricSample, Instant> arrivals = new HashMap<>();
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void recordAnHourOfLastQuarter() {
        broker = Infrastructure.ownKafka();
        try (KafkaProbe probe = new KafkaProbe(broker.getBrokersAsString())) {
            MetricSample before = activeUsers(START.minus(Duration.ofHours(2)), 900);
            probe.send(before, before.occurredAt().plusSeconds(1));
            // 800 active users, then 2,000 from minute 10: phase 2 once held for the 5 minute window.
            for (int minute = 0; minute < 30; minute++) {
                MetricSample sample = activeUsers(START.plus(Duration.ofMinutes(minute)), minute < 10 ? 800 : 2_000);
                arrived(probe, sample, sample.occurredAt().plusSeconds(1));
            }
            arrived(probe, LATE, LATE.occurredAt().plus(Duration.ofHours(20)));
            MetricSample nextDay = activeUsers(START.plus(Duration.ofDays(1)), 30_000);
            probe.send(nextDay, nextDay.occurredAt().plusSeconds(1));
        }
    }

    private void arrived(KafkaProbe probe, MetricSample sample, Instant arrival) {
        probe.send(sample, arrival);
        inRange.add(sample);
        arrivals.put(sample, arrival);
    }

    @AfterEach
    void stopBroker() {
        broker.destroy();
    }

    @Test
    void findsEverySampleOfARangeFromLastQuarterAndDecidesAsTheEvaluatorWould() {
        List<SystemEvent> replayed = new ArrayList<>();

        Replay.Summary summary = replay(Admission.INGEST_DEFAULTS, replayed);

        assertThat(summary.evaluated()).isEqualTo(inRange.size());
        assertThat(summary.truncated()).isZero();
        assertThat(replayed).isEqualTo(decisions(inRange));
        assertThat(replayed).filteredOn(PhaseChanged.class::isInstance).singleElement()
                .satisfies(change -> assertThat(((PhaseChanged) change).phase()).isEqualTo(2));
        assertThat(progress).isEmpty();
    }

    @Test
    void missesASampleThatArrivedLaterThanTheMaxAgeItIsGiven() {
        Replay.Summary summary = replay(new Admission(Duration.ofMinutes(10), Duration.ofHours(1)), new ArrayList<>());

        assertThat(summary.evaluated()).isEqualTo(inRange.size() - 1);
    }

    @Test
    void saysSoWhenRetentionDeletedRecordsThatMayHaveHeldSamplesOfTheRange() throws Exception {
        // As a retention pass would: the sample before the range and the first five of it are gone.
        TopicPartition partition = partitionOf(SYSTEM);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(6))).all().get();
        }

        Replay.Summary summary = replay(Admission.INGEST_DEFAULTS, new ArrayList<>());

        assertThat(summary.truncated()).isEqualTo(1);
        assertThat(summary.evaluated()).isEqualTo(inRange.size() - 5);
        assertThat(progress).containsExactly("incomplete: " + partition + " no longer holds the records that arrived"
                + " before " + inRange.get(5).occurredAt().plusSeconds(1) + " (deleted by the topic's retention), so"
                + " samples of the range that arrived before then are not replayed");
    }

    private Replay.Summary replay(Admission admission, List<SystemEvent> decisions) {
        return new Replay(broker.getBrokersAsString(), admission, Duration.ofMinutes(1), progress::add).run(HOUR,
                evaluation(), decisions::add);
    }

    /** What a fresh evaluator decides from {@code samples} in the order given, without Kafka. */
    private List<SystemEvent> decisions(List<MetricSample> samples) {
        Evaluation evaluation = evaluation();
        EvaluationState state = EvaluationState.inMemory();
        return samples.stream().flatMap(sample -> evaluation.apply(sample, arrivals.get(sample), state).decisions()
                .stream()).toList();
    }

    private static Evaluation evaluation() {
        return new Evaluation(PhasePlan.defaults(), Duration.ofHours(1), Limits.DEFAULTS,
                () -> new RuleSet("defaults", RuleFiles.defaults()));
    }

    private TopicPartition partitionOf(String system) {
        try (KafkaProbe probe = new KafkaProbe(broker.getBrokersAsString())) {
            return probe.readAll(Topics.METRICS, r -> system.equals(r.key())).stream().findFirst()
                    .map(r -> new TopicPartition(r.topic(), r.partition())).orElseThrow();
        }
    }

    private static MetricSample activeUsers(Instant at, long users) {
        return new MetricSample(UUID.randomUUID(), at, SYSTEM, "active_users", Map.of("region", "eu"), users, at);
    }
}
