package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.cli.events.Fixtures.AT;
import static org.scaleplan.cli.events.Fixtures.ID;
import static org.scaleplan.cli.events.Fixtures.causedBy;
import static org.scaleplan.cli.events.Fixtures.golden;
import static org.scaleplan.cli.events.Fixtures.published;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;

/** The tail loop against Kafka's {@link MockConsumer}: what it assigns, where it starts and what it prints. */
class TailTests {

    private static final TopicPartition PHASES = new TopicPartition(Topics.PHASE_CHANGES, 0);
    private static final TopicPartition INCIDENTS = new TopicPartition(Topics.INCIDENT_EVENTS, 0);

    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final ConsumerRecord<String, byte[]> shopEarlier = published(0, golden("scaleplan.phase.changed"));
    private final ConsumerRecord<String, byte[]> blogEarlier = published(1, phaseChanged("blog-prod"));
    private final ConsumerRecord<String, byte[]> shopLater = published(2, golden("scaleplan.phase.forecast"));
    private final ConsumerRecord<String, byte[]> blogLater = published(3, phaseChanged("blog-prod"));

    @Test
    void printsOnlyRecordsWrittenAfterItStartedByDefault() {
        Tail tail = tail(Topics.PHASE_CHANGES);
        existing(PHASES, 2);
        consumer.schedulePollTask(() -> List.of(shopEarlier, blogEarlier, shopLater, blogLater)
                .forEach(consumer::addRecord));
        consumer.schedulePollTask(tail::stop);

        tail.run();

        assertThat(printed()).containsExactly(Line.of(shopLater), Line.of(blogLater));
    }

    @Test
    void printsEveryRetainedRecordFromTheBeginningWhenAsked() {
        Tail tail = tail(Topics.PHASE_CHANGES, "--from-beginning");
        existing(PHASES, 2);
        consumer.schedulePollTask(() -> List.of(shopEarlier, blogEarlier).forEach(consumer::addRecord));
        consumer.schedulePollTask(tail::stop);

        tail.run();

        assertThat(printed()).containsExactly(Line.of(shopEarlier), Line.of(blogEarlier));
    }

    @Test
    void printsOnlyTheSystemAskedFor() {
        Tail tail = tail(Topics.PHASE_CHANGES, "--from-beginning", "--system=blog-prod", "--json");
        existing(PHASES, 0);
        consumer.schedulePollTask(() -> List.of(shopEarlier, blogEarlier, shopLater, blogLater)
                .forEach(consumer::addRecord));
        consumer.schedulePollTask(tail::stop);

        tail.run();

        assertThat(printed()).containsExactly(Line.json(blogEarlier), Line.json(blogLater));
    }

    @Test
    void readsATopicCreatedAfterItStartedFromItsBeginning() {
        ConsumerRecord<String, byte[]> opened = published(0, golden("scaleplan.incident.opened"));
        Tail tail = tail(Topics.PHASE_CHANGES, Topics.INCIDENT_EVENTS);
        existing(PHASES, 0);
        consumer.schedulePollTask(() -> existing(INCIDENTS, 1));
        consumer.schedulePollTask(() -> consumer.addRecord(opened));
        consumer.schedulePollTask(tail::stop);

        tail.run();

        assertThat(consumer.assignment()).containsExactlyInAnyOrder(PHASES, INCIDENTS);
        assertThat(printed()).containsExactly(Line.of(opened));
    }

    @Test
    void stopsWhileWaitingForTopicsThatDoNotExistYet() throws Exception {
        Tail tail = tail(Topics.INCIDENT_EVENTS);
        CompletableFuture<Void> running = CompletableFuture.runAsync(tail::run);

        tail.stop();

        running.get(5, TimeUnit.SECONDS);
        assertThat(consumer.assignment()).isEmpty();
    }

    private Tail tail(String... args) {
        return new Tail(consumer, EventsOptions.parse(List.of(args)), printing(out), printing(err), Duration.ZERO);
    }

    private static PrintStream printing(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    /** A one-partition topic whose log ends at {@code end}. */
    private void existing(TopicPartition partition, long end) {
        consumer.updatePartitions(partition.topic(),
                List.of(new PartitionInfo(partition.topic(), partition.partition(), null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, end));
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static PhaseChanged phaseChanged(String system) {
        return new PhaseChanged(ID, AT, system, 1, 2, "Growth", Direction.UP, 1_500, List.of(), causedBy());
    }
}
