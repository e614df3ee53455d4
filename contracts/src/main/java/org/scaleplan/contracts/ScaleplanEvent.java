package org.scaleplan.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact published on a Scaleplan topic. Nearly every fact is about one system and is a {@link SystemEvent};
 * the few that are not (API keys, audit of actions on no particular system) are keyed by their own id.
 */
public interface ScaleplanEvent {

    /** Unique per fact; derived from what the fact records wherever a replay must not duplicate it. */
    UUID eventId();

    /** When the fact happened (event time, not the time it was published). */
    Instant occurredAt();

    /** The Kafka record key and the CloudEvents subject ({@code ce_subject}). */
    String key();
}
