package org.scaleplan.messaging;

import org.scaleplan.contracts.ScaleplanEvent;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one way a consumer binding reads its records: decodes the contract record and counts it by type
 * ({@code scaleplan_events_consumed_total}). A poison record throws, and the binder dead-letters it with the
 * reason in its headers instead of stalling the partition.
 */
public class InboundEvents {

    private final MeterRegistry meters;

    public InboundEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    public ScaleplanEvent read(Message<byte[]> message) {
        try {
            ScaleplanEvent event = EventMessages.fromMessage(message);
            meters.counter("scaleplan.events.consumed", "type", typeOf(message)).increment();
            return event;
        } catch (RuntimeException e) {
            meters.counter("scaleplan.events.rejected", "type", typeOf(message)).increment();
            throw e;
        }
    }

    private static String typeOf(Message<byte[]> message) {
        return EventMessages.typeOf(message).orElse("none");
    }
}
