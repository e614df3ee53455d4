package org.scaleplan.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
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
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Folds a whole topic, from its beginning and then as it grows, into a read view that every instance of a
 * service needs entirely (API keys, the audit log). It has no consumer group, so every instance sees every
 * partition (DESIGN.md 3). Unreadable records are skipped and counted: the owning group consumer dead-letters
 * them, a read view must not stall on them. Each fold is a health indicator (named as its bean): a view that is
 * not complete yet, or not being kept, does not pass for UP.
 */
public class TopicFold implements SmartLifecycle, HealthIndicator {

    /** The first wait before a failed read is tried again; each failure in a row doubles it. */
    public static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** The longest wait between two tries. */
    public static final Duration MAX_RETRY = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(TopicFold.class);

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Runnable onCaughtUp;
    private final boolean fromEnd;
    private volatile FoldReader reader;

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
        KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer());
        reader = new FoldReader(kafka, topic, fromEnd, this::apply, onCaughtUp);
        Thread thread = new Thread(reader, "fold-" + topic);
        thread.setDaemon(true);
        thread.start();
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
        FoldReader current = reader;
        return current == null ? Map.of() : current.positions();
    }

    @Override
    public void stop() {
        FoldReader current = reader;
        if (current != null) {
            current.stop();
        }
    }

    @Override
    public boolean isRunning() {
        FoldReader current = reader;
        return current != null && current.running();
    }

    /**
     * UP once the view holds everything the topic held when the fold started and its last read succeeded;
     * OUT_OF_SERVICE while it waits for the topic or the broker, catches up, or tries again after a failure;
     * DOWN when it is not running. The reason is in the details.
     */
    @Override
    public Health health() {
        FoldReader current = reader;
        return (current == null ? FoldState.notStarted(topic) : current.state()).health();
    }
}
