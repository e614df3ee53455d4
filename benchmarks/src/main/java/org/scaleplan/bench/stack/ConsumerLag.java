package org.scaleplan.bench.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.scaleplan.contracts.Topics;

/**
 * How far the services that read every sample are behind on {@code scaleplan.metrics.v1}: the end offsets minus
 * what each consumer group committed. Ingest can accept samples faster than they read them; their backlog would
 * otherwise be measured as decision latency. (incident-service reads samples without a group: not seen here.)
 */
public final class ConsumerLag implements AutoCloseable {

    /** The Kafka Streams applications (application id = group id) that read every sample. */
    public static final List<String> GROUPS = List.of("phase-evaluator", "cost-service", "security-service");

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Samples each group has not committed yet. */
    public Map<String, Long> lag() {
        try {
            Map<TopicPartition, Long> ends = ends();
            Map<String, Long> lag = new LinkedHashMap<>();
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                lag.put(group, ends.entrySet().stream().mapToLong(end -> end.getValue()
                        - (committed.get(end.getKey()) == null ? 0 : committed.get(end.getKey()).offset())).sum());
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the consumer groups' offsets: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every group is at most {@code slack} samples behind (or {@code patience} is over): how long. */
    public Duration awaitCaughtUp(long slack, Duration patience) {
        Instant start = Instant.now();
        while (lag().values().stream().anyMatch(behind -> behind > slack)
                && Duration.between(start, Instant.now()).compareTo(patience) < 0) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        return Duration.between(start, Instant.now());
    }

    private Map<TopicPartition, Long> ends() throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.METRICS)).allTopicNames().get()
                .get(Topics.METRICS).partitions().stream()
                .map(p -> new TopicPartition(Topics.METRICS, p.partition())).toList();
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()
                        .offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
