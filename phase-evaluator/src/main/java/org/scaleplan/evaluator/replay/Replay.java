package org.scaleplan.evaluator.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.evaluation.Evaluation;

/**
 * Runs the samples of a time range of {@code scaleplan.metrics.v1} through an {@link Evaluation} and hands over the
 * decisions it makes, publishing nothing. It reads the topic without a consumer group (so it disturbs no
 * service) and starts from empty state at {@code from}, so it decides exactly as a fresh evaluator that had seen
 * only those samples would.
 *
 * <p>Samples are chosen by their own timestamps. Kafka indexes records by arrival, and ingest accepts a sample only
 * within its {@link Admission} of arrival, so reading from arrival {@code from - maxFuture} to arrival
 * {@code to + maxAge}, or the topic's end, finds every sample of the range, however long ago it was: as far back as
 * the topic's retention keeps records. Where retention has deleted records that may have held samples of the range,
 * it says so.
 */
public final class Replay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int PROGRESS_EVERY = 100_000;

    /**
     * What was read and decided.
     *
     * @param truncated partitions where retention deleted records that may have held samples of the range
     */
    public record Summary(long read, long evaluated, long unreadable, long decisions, int truncated) {
    }

    private final Map<String, Object> consumerConfig;
    private final Admission admission;
    private final Duration sweepInterval;
    private final Consumer<String> progress;

    /**
     * @param admission the bounds ingest applied when the samples arrived
     * @param sweepInterval how often, in stream time, the evaluator sweeps its state for what has gone
     * @param progress told how far the replay is, and what it could not read, for a person watching
     */
    public Replay(String bootstrapServers, Admission admission, Duration sweepInterval, Consumer<String> progress) {
        this.consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.admission = admission;
        this.sweepInterval = sweepInterval;
        this.progress = progress;
    }

    public Summary run(Range range, Evaluation evaluation, Consumer<SystemEvent> decisions) {
        ReplayedPartitions replayed = new ReplayedPartitions(evaluation, sweepInterval);
        long read = 0;
        long evaluated = 0;
        long unreadable = 0;
        long decided = 0;
        int truncated;
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndTimestamp> starts = starts(kafka, range);
            truncated = truncated(kafka, starts);
            Map<TopicPartition, Long> end = seek(kafka, starts);
            Instant lastArrival = range.to().plus(admission.maxAge());
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!end.containsKey(partition)) {
                        continue;
                    }
                    if (Instant.ofEpochMilli(record.timestamp()).isAfter(lastArrival)) {
                        end.remove(partition);
                        kafka.pause(List.of(partition));
                        continue;
                    }
                    read++;
                    MetricSample sample = sample(record);
                    unreadable += sample == null ? 1 : 0;
                    MetricSample evaluate = sample != null && range.includes(sample) ? sample : null;
                    evaluated += evaluate == null ? 0 : 1;
                    for (SystemEvent decision : replayed.read(record.partition(), record.timestamp(), evaluate)) {
                        decided++;
                        decisions.accept(decision);
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        progress.accept("read " + read + " records, " + evaluated + " samples in range, "
                                + decided + " decisions so far");
                    }
                }
                end.entrySet().removeIf(e -> kafka.position(e.getKey()) >= e.getValue());
            }
        }
        return new Summary(read, evaluated, unreadable, decided, truncated);
    }

    /** Assigns every partition; for each, the first record that may hold a sample of the range (null: none). */
    private Map<TopicPartition, OffsetAndTimestamp> starts(KafkaConsumer<String, byte[]> kafka, Range range) {
        List<TopicPartition> partitions = kafka.partitionsFor(Topics.METRICS, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException(Topics.METRICS + " does not exist on this cluster");
        }
        kafka.assign(partitions);
        long firstArrival = range.from().minus(admission.maxFuture()).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, firstArrival));
        return new HashMap<>(kafka.offsetsForTimes(times));
    }

    /**
     * The partitions whose first record of the range is their oldest left while older ones were deleted: those may
     * have held samples of the range, and retention took them.
     */
    private int truncated(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, OffsetAndTimestamp> starts) {
        Map<TopicPartition, Long> beginning = kafka.beginningOffsets(starts.keySet());
        int truncated = 0;
        for (var start : starts.entrySet()) {
            long offset = start.getValue() == null ? -1 : start.getValue().offset();
            if (offset > 0 && offset == beginning.get(start.getKey())) {
                truncated++;
                progress.accept("incomplete: " + start.getKey() + " no longer holds the records that arrived before "
                        + Instant.ofEpochMilli(start.getValue().timestamp()) + " (deleted by the topic's retention),"
                        + " so samples of the range that arrived before then are not replayed");
            }
        }
        return truncated;
    }

    /** Positions each partition at its start; its end to read up to, for each partition with something to read. */
    private static Map<TopicPartition, Long> seek(KafkaConsumer<String, byte[]> kafka,
            Map<TopicPartition, OffsetAndTimestamp> starts) {
        Map<TopicPartition, Long> end = new HashMap<>(kafka.endOffsets(starts.keySet()));
        starts.forEach((partition, start) -> kafka.seek(partition, start == null ? end.get(partition) : start.offset()));
        end.entrySet().removeIf(e -> kafka.position(e.getKey()) >= e.getValue());
        return end;
    }

    /** The sample a record holds, or null for a record that is not a readable sample (live, it is dead-lettered). */
    private static MetricSample sample(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        try {
            return type != null && EventJson.read(record.value(), new String(type.value(),
                    StandardCharsets.UTF_8)) instanceof MetricSample sample ? sample : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
