package org.scaleplan.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.UnreadableEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Folds a whole topic, from its beginning and then as it grows, into a read view that every instance of a
 * service needs entirely (API keys, the audit log). It has no consumer group, so every instance sees every
 * partition (DESIGN.md 3). Unreadable records are skipped and counted: the owning group consumer dead-letters
 * them, a read view must not stall on them.
 */
public class TopicFold implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicFold.class);

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Runnable onCaughtUp;
    private final boolean fromEnd;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private boolean caughtUp;
    private Map<TopicPartition, Long> endAtStart = Map.of();
    private volatile Map<TopicPartition, Long> positions = Map.of();

    public TopicFold(String topic, Map<String, Object> kafkaConsumerConfig, Consumer<ScaleplanEvent> handler) {
        this(topic, kafkaConsumerConfig, handler, () -> { });
    }

    /**
     * @param onCaughtUp called once, from the fold's thread, when the view holds at least everything the topic
     *        held when the fold started
     */
    public TopicFold(String topic, Map<String, Object> kafkaConsumerConfig, Consumer<ScaleplanEvent> handler,
            Runnable onCaughtUp) {
        this(topic, kafkaConsumerConfig, onCaughtUp, record -> handler.accept(decode(record)), false);
    }

    /**
     * Folds records that are not contract events (e.g. a Kafka Streams changelog): {@code handler} gets each record
     * as it is, and a record it cannot read is skipped like an unreadable event.
     */
    public static TopicFold ofRecords(String topic, Map<String, Object> kafkaConsumerConfig,
            Consumer<ConsumerRecord<String, byte[]>> handler, Runnable onCaughtUp) {
        return new TopicFold(topic, kafkaConsumerConfig, onCaughtUp, handler, false);
    }

    /**
     * Follows the events of a topic from the moment it starts, not from its beginning: for instances that react to
     * what happens now (e.g. samples a running step waits for) on a topic too long to read from the start.
     *
     * @param passOver records not to decode, by their headers (e.g. {@link SampleFilter})
     */
    public static TopicFold tail(String topic, Map<String, Object> kafkaConsumerConfig, Predicate<Headers> passOver,
            Consumer<ScaleplanEvent> handler) {
        return new TopicFold(topic, kafkaConsumerConfig, () -> { }, record -> {
            if (!passOver.test(record.headers())) {
                handler.accept(decode(record));
            }
        }, true);
    }

    private TopicFold(String topic, Map<String, Object> kafkaConsumerConfig, Runnable onCaughtUp,
            Consumer<ConsumerRecord<String, byte[]>> handler, boolean fromEnd) {
        this.topic = topic;
        this.fromEnd = fromEnd;
        this.onCaughtUp = onCaughtUp;
        this.consumerConfig = new HashMap<>(kafkaConsumerConfig);
        this.consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // The owning service creates the topic with its settings (e.g. compaction); a reader must not.
        this.consumerConfig.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.handler = handler;
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        Thread thread = new Thread(this::run, "fold-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            boolean existed = true;
            while (running && !assign(kafka, existed)) {
                existed = false;
                Thread.sleep(500);
            }
            while (running) {
                kafka.poll(Duration.ofMillis(500)).forEach(this::apply);
                positions = kafka.assignment().stream().collect(Collectors.toUnmodifiableMap(p -> p, kafka::position));
                if (!caughtUp && endAtStart.entrySet().stream()
                        .allMatch(end -> kafka.position(end.getKey()) >= end.getValue())) {
                    caughtUp = true;
                    onCaughtUp.run();
                }
            }
        } catch (WakeupException stopping) {
            log.debug("fold of {} stopped", topic);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param existed whether the topic was there when the fold started: a tail of a newer topic reads all of it */
    private boolean assign(KafkaConsumer<String, byte[]> kafka, boolean existed) {
        List<TopicPartition> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return false;
        }
        kafka.assign(partitions);
        if (fromEnd && existed) {
            kafka.seekToEnd(partitions);
        } else {
            kafka.seekToBeginning(partitions);
        }
        endAtStart = kafka.endOffsets(partitions);
        return true;
    }

    private static ScaleplanEvent decode(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        String type = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("no " + CloudEventHeaders.TYPE + " header"));
        return EventJson.read(record.value(), type);
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            log.warn("skipped record {}-{}@{}: {}", topic, record.partition(), record.offset(), e.getMessage());
        }
    }

    /** How far the view has read each partition: every record below its offset is in the view. */
    public Map<TopicPartition, Long> positions() {
        return positions;
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
