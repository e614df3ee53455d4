package org.scaleplan.incident.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.messaging.MissingTopics;

/**
 * incident-service's own topic of work for the instance that owns each system: signals from the other services'
 * topics and the Alertmanager webhook, and operators' commands, keyed by system. Whichever instance receives
 * something, the owner handles it, in order, alone: ownership of the inbox's partitions is what makes one run per
 * incident and no two decisions at once about one system (DESIGN.md 1).
 */
public class Inbox implements AutoCloseable {

    public static final String TOPIC = "incident-service-inbox";

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaProducer<String, byte[]> producer;

    public Inbox(Map<String, Object> producerConfig) {
        Map<String, Object> config = new HashMap<>(producerConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Returns once Kafka acknowledged the entry; throws {@link InboxUnavailableException} otherwise. */
    public void send(InboxEntry entry) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, entry.system(), EventJson.mapper().writeValueAsBytes(entry)))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new InboxUnavailableException("Kafka did not acknowledge the entry within " + ACK_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxUnavailableException("interrupted", e);
        }
    }

    /** The inbox partition of {@code system}: Kafka's default partitioning of the record key. */
    public static int partitionOf(String system, int partitions) {
        return Utils.toPositive(Utils.murmur2(system.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** Creates the inbox topic with {@code partitions} partitions unless it exists (with however many it has). */
    public static void createIfMissing(Map<String, Object> adminConfig, int partitions) {
        MissingTopics.create(adminConfig, Map.of(TOPIC, Optional.of(partitions)));
    }

    static InboxEntry read(byte[] json) {
        return EventJson.mapper().readValue(json, InboxEntry.class);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
