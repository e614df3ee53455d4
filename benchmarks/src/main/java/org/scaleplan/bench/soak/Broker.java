package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.scaleplan.contracts.Topics;

/**
 * The soak's view of the stack's broker: it lets the broker take records stamped ahead of its clock, and tells how
 * far each service's consumer group is behind on every partition it reads (the end offset less what the group
 * committed), so a measurement waits until every service has processed everything written. A consumer outside a
 * transaction commits the offset after the last record it read, short of the marker a transaction ends with: a
 * partition is behind by a few offsets only if a record a read_committed reader would see lies there.
 */
final class Broker implements AutoCloseable {

    /** The groups of the services that read what the soak writes, and the topics each reads from the start. */
    static final Map<String, List<String>> GROUPS = Map.of("phase-evaluator", List.of(Topics.METRICS),
            "cost-service", List.of(Topics.METRICS, Topics.BUDGETS), "security-service", List.of(Topics.METRICS),
            "incident-service", List.of());

    /** At most this many offsets past a group's commit may be transaction markers rather than records. */
    private static final long MARKERS = 5;

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> reader;

    Broker(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.reader = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A fetch finding only markers answers at once instead of waiting half a second for data.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Kafka refuses records stamped more than an hour ahead of the broker's clock; the soak's simulated quarter lies
     * ahead of it (docs/soak.md), and the services stamp their decisions with its times.
     */
    void acceptTimestampsAhead() {
        ConfigResource cluster = new ConfigResource(ConfigResource.Type.BROKER, "");
        AlterConfigOp ahead = new AlterConfigOp(new ConfigEntry("log.message.timestamp.after.max.ms",
                String.valueOf(Long.MAX_VALUE)), AlterConfigOp.OpType.SET);
        get(admin.incrementalAlterConfigs(Map.of(cluster, List.of(ahead))).all());
    }

    /** Records each group has not committed yet, over every partition it reads. */
    Map<String, Long> lag() {
        Map<String, Long> lag = new LinkedHashMap<>();
        for (var group : GROUPS.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata());
            Set<TopicPartition> read = new HashSet<>(committed.keySet());
            read.addAll(partitions(group.getValue()));
            Map<TopicPartition, Long> from = new HashMap<>();
            read.forEach(p -> from.put(p, committed.get(p) == null ? 0 : committed.get(p).offset()));
            lag.put(group.getKey(), behind(from, ends(read)));
        }
        return lag;
    }

    /** Waits until no group is behind; how long it took. Fails after {@code patience}. */
    Duration awaitCaughtUp(Duration patience) {
        Instant start = Instant.now();
        Map<String, Long> behind = lag();
        while (behind.values().stream().anyMatch(n -> n > 0)) {
            if (Duration.between(start, Instant.now()).compareTo(patience) > 0) {
                throw new IllegalStateException("the services did not catch up within " + patience + ": " + behind);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            behind = lag();
        }
        return Duration.between(start, Instant.now());
    }

    /**
     * The offsets from each partition's commit to its end, less those of partitions where they hold only markers: a
     * read_committed reader placed at the commit reaches the end without a record.
     */
    private long behind(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        long behind = 0;
        Map<TopicPartition, Long> unsure = new HashMap<>();
        for (var end : ends.entrySet()) {
            long lag = end.getValue() - committed.get(end.getKey());
            if (lag > MARKERS) {
                behind += lag;
            } else if (lag > 0) {
                unsure.put(end.getKey(), lag);
            }
        }
        if (unsure.isEmpty()) {
            return behind;
        }
        reader.assign(unsure.keySet());
        unsure.keySet().forEach(p -> reader.seek(p, committed.get(p)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(2));
        while (unsure.keySet().stream().anyMatch(p -> reader.position(p) < ends.get(p))
                && Instant.now().isBefore(deadline)) {
            if (!reader.poll(Duration.ofMillis(50)).isEmpty()) {
                return behind + unsure.values().stream().mapToLong(Long::longValue).sum();
            }
        }
        return behind + unsure.entrySet().stream().filter(e -> reader.position(e.getKey()) < ends.get(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private Set<TopicPartition> partitions(Collection<String> topics) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        return get(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toSet());
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) {
        return get(admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all()).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        reader.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
