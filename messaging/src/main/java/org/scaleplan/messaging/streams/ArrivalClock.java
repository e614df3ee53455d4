package org.scaleplan.messaging.streams;

import java.time.Instant;
import java.util.Optional;

/**
 * The clock by which a task judges whether a series has gone ({@link org.scaleplan.contracts.metrics.Staleness}):
 * the newest arrival stamp (Kafka's record timestamp, put on as ingest wrote the record) among the records the task
 * reads as series, and only those. Kafka Streams' own stream time also counts the other topics a task reads, whose
 * records are stamped with their events' times: a decision made about newer samples while this task was behind
 * (catching up after a restart or an outage) would move stream time past series it has not read yet, and end them.
 * Kept per task in memory: after a restart it starts again from the first series record read.
 */
public final class ArrivalClock {

    private long newest = Long.MIN_VALUE;

    /** The clock once a series record stamped {@code timestamp} has arrived. */
    public Instant arrived(long timestamp) {
        newest = Math.max(newest, timestamp);
        return Instant.ofEpochMilli(newest);
    }

    /** The clock now; empty before the first series record. */
    public Optional<Instant> now() {
        return newest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(newest));
    }
}
