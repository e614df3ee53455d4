package org.scaleplan.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact published on a Scaleplan topic. Every record is keyed by {@link #system()} on the wire, so all
 * facts about one system sit in one partition of each topic, in order.
 */
public interface ScaleplanEvent {

    /** Unique per fact; derived from what the fact records wherever a replay must not duplicate it. */
    UUID eventId();

    /** When the fact happened (event time, not the time it was published). */
    Instant occurredAt();

    /** The system the fact is about; also the Kafka record key. */
    String system();
}
