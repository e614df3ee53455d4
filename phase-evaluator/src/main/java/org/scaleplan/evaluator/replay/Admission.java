package org.scaleplan.evaluator.replay;

import java.time.Duration;

/**
 * How far from its arrival ingest accepts a sample's own time: {@code scaleplan.ingest.max-future} ahead (clock
 * skew) and {@code scaleplan.ingest.max-age} behind (late data).
 */
public record Admission(Duration maxFuture, Duration maxAge) {

    /** Ingest's defaults. */
    public static final Admission INGEST_DEFAULTS = new Admission(Duration.ofMinutes(10), Duration.ofHours(24));

    public Admission {
        if (maxFuture.isNegative() || maxAge.isNegative()) {
            throw new IllegalArgumentException("max-future and max-age must not be negative, were " + maxFuture
                    + " and " + maxAge);
        }
    }
}
