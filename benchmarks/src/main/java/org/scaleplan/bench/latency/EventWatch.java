package org.scaleplan.bench.latency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.scaleplan.contracts.CloudEventHeaders;

/**
 * A subscriber as users run one: a {@code read_committed} consumer of decision topics, from their end, noting when
 * it first sees each record type for each system ({@code ce_subject}). It polls on a thread of its own, so a
 * record's time is when the poll that brought it returned. A record without CloudEvents headers (an internal topic
 * such as incident-service's inbox) counts as of its topic's type, for the system in its key.
 */
final class EventWatch implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, CompletableFuture<Long>> seen = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    EventWatch(String bootstrapServers, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // The broker answers a fetch as soon as records are readable; this only bounds an idle wait.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(this::poll, "event-watch");
        poller.setDaemon(true);
        poller.start();
    }

    /** When ({@link System#nanoTime()}) a record of {@code ceType} about {@code system} was first seen, if in time. */
    OptionalLong await(String system, String ceType, Duration patience) {
        return Arrivals.within(future(system, ceType), patience);
    }

    private void poll() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    String type = header(record, CloudEventHeaders.TYPE);
                    String system = type.isEmpty() ? new String(record.key(), StandardCharsets.UTF_8)
                            : header(record, CloudEventHeaders.SUBJECT);
                    future(system, type.isEmpty() ? record.topic() : type).complete(now);
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private CompletableFuture<Long> future(String system, String ceType) {
        return seen.computeIfAbsent(system + " " + ceType, key -> new CompletableFuture<>());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(TimeUnit.SECONDS.toMillis(10));
    }
}
