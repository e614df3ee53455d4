package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * State of one bucket, one counter series or one surge, JSON-serialisable (records, lists, numbers, texts and
 * {@link Instant}s only) so a Kafka Streams store can keep it as JSON and read it back equal. Exactly one part is
 * set; its key in the {@link DetectionStore} says which.
 */
public record DetectionState(@Nullable Bucket bucket, @Nullable Series series, @Nullable Surge surge) {

    /**
     * A leaky bucket during one life: from its first pour until it overflows or leaks empty.
     *
     * @param level what is in it now, after leaking up to {@code lastPour}
     * @param poured all that was poured during this life (the count an overflow reports)
     * @param distinct the distinct values counted during this life, oldest first, at most
     *     {@link LeakyBucket#MAX_DISTINCT}; empty for a bucket of amounts
     * @param causedBy the ids of the latest events poured, oldest first, at most {@link LeakyBucket#MAX_CAUSES}
     */
    public record Bucket(double level, double poured, Instant firstPour, Instant lastPour, List<String> distinct,
            List<String> causedBy) {

        public Bucket {
            Require.present(firstPour, "firstPour");
            Require.present(lastPour, "lastPour");
            distinct = Require.list(distinct);
            causedBy = Require.list(causedBy);
        }
    }

    /** The latest sample of a counter series: the point the next sample's increase is computed from. */
    public record Series(double value, Instant at) {

        public Series {
            Require.present(at, "at");
        }
    }

    /**
     * A system's traffic for a surge scenario: the total of the current window, and the baseline of past windows
     * with samples.
     *
     * @param windowStart the start of the current window (windows are aligned to the epoch)
     * @param total what the current window has counted so far
     * @param reported whether the current window has already been reported as a surge
     * @param baseline the exponentially weighted rate per second of past windows; null before the first one closed
     * @param since the start of the first window, to know when the baseline is warmed up
     */
    public record Surge(Instant windowStart, double total, boolean reported, @Nullable Double baseline,
            Instant since) {

        public Surge {
            Require.present(windowStart, "windowStart");
            Require.present(since, "since");
        }
    }

    public DetectionState {
        int parts = (bucket == null ? 0 : 1) + (series == null ? 0 : 1) + (surge == null ? 0 : 1);
        if (parts != 1) {
            throw new IllegalArgumentException("a detection state is a bucket, a series or a surge, had " + parts);
        }
    }

    static DetectionState of(Bucket bucket) {
        return new DetectionState(bucket, null, null);
    }

    static DetectionState of(Series series) {
        return new DetectionState(null, series, null);
    }

    static DetectionState of(Surge surge) {
        return new DetectionState(null, null, surge);
    }
}
