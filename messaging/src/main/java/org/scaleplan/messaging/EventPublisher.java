package org.scaleplan.messaging;

import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.messaging.MessagingException;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes contract records from outside a function bean (HTTP intake, timers). With the binder's synchronous
 * producer setting, {@link #publish} returns only once Kafka acknowledged the record (acks=all) and throws
 * otherwise, so a caller never reports success for a record that was not written.
 */
public class EventPublisher {

    private final StreamBridge bridge;
    private final String source;
    private final MeterRegistry meters;

    public EventPublisher(StreamBridge bridge, String source, MeterRegistry meters) {
        this.bridge = bridge;
        this.source = source;
        this.meters = meters;
    }

    /**
     * @throws IllegalStateException if this service does not own the record's topic (one writer per topic)
     * @throws KafkaUnavailableException if the record was not acknowledged (answered 503 by the access library)
     */
    public void publish(ScaleplanEvent event) {
        EventType type = EventTypes.writableBy(event, source);
        String what = type.type() + " " + event.eventId() + " was not acknowledged by " + type.topic();
        try {
            if (!bridge.send(type.topic(), EventMessages.toMessage(event, source))) {
                throw new KafkaUnavailableException(what, null);
            }
        } catch (MessagingException e) {
            throw new KafkaUnavailableException(what + ": " + e.getMessage(), e);
        }
        meters.counter("scaleplan.events.published", "type", type.type()).increment();
    }
}
