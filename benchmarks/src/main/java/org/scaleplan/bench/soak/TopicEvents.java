package org.scaleplan.bench.soak;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.testsupport.KafkaProbe;

/** The events of a topic from its beginning to its end, decoded, as a subscriber reads them (read_committed). */
final class TopicEvents {

    private TopicEvents() {
    }

    /** In partition order: each system's events in the order they were published. */
    static List<SystemEvent> read(KafkaProbe probe, String topic) {
        List<SystemEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : probe.readAll(topic, r -> true)) {
            String type = KafkaProbe.header(record, CloudEventHeaders.TYPE).orElseThrow(
                    () -> new IllegalStateException("a record on " + topic + " has no " + CloudEventHeaders.TYPE));
            if (EventJson.read(record.value(), type) instanceof SystemEvent event) {
                events.add(event);
            }
        }
        return events;
    }

    /** The eventIds of {@code events} by their type ({@code ce_type}). */
    static Map<String, List<UUID>> idsByType(List<? extends SystemEvent> events) {
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        events.forEach(event -> ids.computeIfAbsent(EventTypes.of(event.getClass()).type(),
                t -> new ArrayList<>()).add(event.eventId()));
        return ids;
    }
}
