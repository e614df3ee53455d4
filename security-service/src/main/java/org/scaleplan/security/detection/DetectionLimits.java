package org.scaleplan.security.detection;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.metrics.Staleness;

/**
 * How long detection keeps state and how much of it (settings {@code scaleplan.security.*}).
 *
 * @param staleness how long nothing of a counter series (or of a surge's metric, or poured into a bucket) may
 *     arrive before it has gone
 * @param maxSeriesPerSystem the counter series of one system kept at once
 * @param maxBucketsPerSystem the buckets of one system (all scenarios and group values) kept at once
 * @param maxDistinctPerBucket the distinct values one bucket remembers during a life
 */
public record DetectionLimits(Staleness staleness, int maxSeriesPerSystem, int maxBucketsPerSystem,
        int maxDistinctPerBucket) {

    public static final DetectionLimits DEFAULT = new DetectionLimits(Staleness.DEFAULT, 50_000, 50_000, 10_000);

    public DetectionLimits {
        Require.present(staleness, "staleness");
        if (maxSeriesPerSystem < 1 || maxBucketsPerSystem < 1 || maxDistinctPerBucket < 1) {
            throw new IllegalArgumentException("detection's limits must be at least 1");
        }
    }

    /** The value of {@code bound}. */
    public int of(DetectionBound bound) {
        return switch (bound) {
            case SERIES_PER_SYSTEM -> maxSeriesPerSystem;
            case BUCKETS_PER_SYSTEM -> maxBucketsPerSystem;
            case DISTINCT_PER_BUCKET -> maxDistinctPerBucket;
        };
    }
}
