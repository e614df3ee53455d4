package org.scaleplan.evaluator.replay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.scaleplan.evaluator.evaluation.StateMap;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.rules.RuleState;

/**
 * Runs the samples of a time range of {@code scaleplan.metrics.v1} through an {@link Evaluation} and hands over the
 * decisions it makes, publishing nothing. It reads the topic without a consumer group (so it disturbs no
 * service) and starts from empty state at {@code from}, so it decides exactly as a fresh evaluator that had seen
 * only those samples would.
 *
 * <p>Samples are chosen by their own timestamps. Kafka indexes records by arrival, and ingest accepts samples at
 * most {@link #MAX_FUTURE} ahead of arrival and {@link #MAX_AGE} behind it (its defaults), so reading from arrival
 * {@code from - MAX_FUTURE} to arrival {@code to + MAX_AGE}, or the topic's end, finds every sample of the range.
 */
public final class Replay {

    static final Duration MAX_FUTURE = Duration.ofMinutes(10);
    static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int PROGRESS_EVERY = 100_000;

    /** What was read and decided. */
    public record Summary(long read, long evaluated, long unreadable, long decisions) {
    }

    /**
     * @param from the first sample time included
     * @param to the first sample time excluded
     * @param system only this system's samples; null for all
     */
    public record Range(Instant from, Instant to, String system) {

        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("--from must be before --to, was " + from + " and " + to);
            }
        }

        boolean includes(MetricSample sample) {
            return !sample.occurredAt().isBefore(from) && sample.occurredAt().isBefore(to)
                    && (system == null || system.equals(sample.system()));
        }
    }

    private final Map<String, Object> consumerConfig;
    private final Consumer<String> progress;

    /** @param progress told how far the replay is, now and then, for a person watching */
    public Replay(String bootstrapServers, Consumer<String> progress) {
        this.consumerConfig = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.progress = progress;
    }

    public Summary run(Range range, Evaluation evaluation, Consumer<SystemEvent> decisions) {
        StateMap<Standing> standings = StateMap.inMemory();
        StateMap<RuleState> alerts = StateMap.inMemory();
        long read = 0;
        long evaluated = 0;
        long unreadable = 0;
        long decided = 0;
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> end = seek(kafka, range);
            Instant lastArrival = range.to().plus(MAX_AGE);
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
                    if (sample == null) {
                        unreadable++;
                    } else if (range.includes(sample)) {
                        evaluated++;
                        for (SystemEvent decision : evaluation.apply(sample, standings, alerts)) {
                            decided++;
                            decisions.accept(decision);
                        }
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        progress.accept("read " + read + " records, " + evaluated + " samples in range, "
                                + decided + " decisions so far");
                    }
                }
                end.entrySet().removeIf(e -> kafka.position(e.getKey()) >= e.getValue());
            }
        }
        return new Summary(read, evaluated, unreadable, decided);
    }

    /** Positions each partition at the first record that may hold a sample of the range; its end to read up to. */
    private static Map<TopicPartition, Long> seek(KafkaConsumer<String, byte[]> kafka, Range range) {
        List<TopicPartition> partitions = kafka.partitionsFor(Topics.METRICS, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException(Topics.METRICS + " does not exist on this cluster");
        }
        kafka.assign(partitions);
        long firstArrival = range.from().minus(MAX_FUTURE).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, firstArrival));
        Map<TopicPartition, OffsetAndTimestamp> starts = kafka.offsetsForTimes(times);
        Map<TopicPartition, Long> end = new HashMap<>(kafka.endOffsets(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp start = starts.get(partition);
            kafka.seek(partition, start == null ? end.get(partition) : start.offset());
        }
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
