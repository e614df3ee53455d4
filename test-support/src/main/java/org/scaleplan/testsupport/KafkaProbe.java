package org.scaleplan.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;

/**
 * A plain Kafka client for tests, playing the part of another service or of a user's own tool: it writes records
 * the way the contract says (or deliberately does not) and reads topics from the beginning without a group.
 */
public final class KafkaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code event} on its topic as its producing service would. */
    public void send(ScaleplanEvent event) {
        String producerName = EventTypes.of(event.getClass()).producer();
        send(EventTypes.of(event.getClass()).topic(), event.key(), EventJson.write(event),
                CloudEventHeaders.of(event, producerName));
    }

    /** Publishes {@code event} stamped {@code arrival}: a sample as ingest stamped it when it arrived, say. */
    public void send(ScaleplanEvent event, Instant arrival) {
        String producerName = EventTypes.of(event.getClass()).producer();
        send(EventTypes.of(event.getClass()).topic(), event.key(), EventJson.write(event),
                CloudEventHeaders.of(event, producerName), arrival);
    }

    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        send(new ProducerRecord<>(topic, key, value), headers);
    }

    /** Sends a record stamped {@code timestamp}, as a service forwarding a decision of that event time does. */
    public void send(String topic, String key, byte[] value, Map<String, String> headers, Instant timestamp) {
        send(new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key, value), headers);
    }

    private void send(ProducerRecord<String, byte[]> record, Map<String, String> headers) {
        String topic = record.topic();
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** The first record of {@code topic} (read from the beginning) that matches, or an error after {@code timeout}. */
    public ConsumerRecord<String, byte[]> await(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // As Scaleplan's consumers read: records of aborted transactions are not there.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                assignAllPartitions(consumer, topic);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout);
    }

    /** Every record of {@code topic} up to its current end that matches, in partition order. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // As Scaleplan's consumers read: records of aborted transactions are not there.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            assignAllPartitions(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
            List<ConsumerRecord<String, byte[]>> matching = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (match.test(record)) {
                        matching.add(record);
                    }
                });
            }
            return matching;
        }
    }

    /**
     * Where each partition of {@code topic} stands, for a failure message: the last stable offset (what a
     * read_committed reader can reach; an open transaction holds it back) against the high watermark.
     */
    public String offsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer());
                KafkaConsumer<String, byte[]> uncommitted = new KafkaConsumer<>(Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringDeserializer(),
                        new ByteArrayDeserializer())) {
            assignAllPartitions(consumer, topic);
            Map<TopicPartition, Long> stable = consumer.endOffsets(consumer.assignment());
            Map<TopicPartition, Long> high = uncommitted.endOffsets(consumer.assignment());
            return new TreeMap<>(stable.keySet().stream().collect(Collectors.toMap(
                    TopicPartition::partition, p -> "stable " + stable.get(p) + " of " + high.get(p)))).toString();
        }
    }

    /** A header's text, or empty when the record does not carry it. */
    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8));
    }

    private static void assignAllPartitions(KafkaConsumer<?, ?> consumer, String topic) {
        if (!consumer.assignment().isEmpty()) {
            return;
        }
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
