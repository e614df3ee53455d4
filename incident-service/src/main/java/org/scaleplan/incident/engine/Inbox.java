package org.scaleplan.incident.engine;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.utils.Utils;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.messaging.AcknowledgedSender;
import org.scaleplan.messaging.KafkaUnavailableException;
import org.scaleplan.messaging.MissingTopics;

/**
 * incident-service's own topic of work for the instance that owns each system: signals from the other services'
 * topics and the Alertmanager webhook, and operators' commands, keyed by system. Whichever instance receives
 * something, the owner handles it, in order, alone: ownership of the inbox's partitions is what makes one run per
 * incident and no two decisions at once about one system (DESIGN.md 1).
 */
public class Inbox implements AutoCloseable {

    public static final String TOPIC = "incident-service-inbox";

    private final AcknowledgedSender sender;

    public Inbox(Map<String, Object> producerConfig) {
        this.sender = new AcknowledgedSender(producerConfig);
    }

    /** Returns once Kafka acknowledged the entry; throws {@link InboxUnavailableException} otherwise. */
    public void send(InboxEntry entry) {
        try {
            sender.send(TOPIC, entry.system(), EventJson.mapper().writeValueAsBytes(entry));
        } catch (KafkaUnavailableException e) {
            throw new InboxUnavailableException(e.getMessage(), e);
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
        sender.close();
    }
}
