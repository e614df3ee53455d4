package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * One entry of detection's state, JSON-serialisable (records, lists, numbers, texts and {@link Instant}s only) so
 * a Kafka Streams store can keep it as JSON and read it back equal. Exactly one part is set; its key in the
 * {@link DetectionStore} says which (see {@link StateKeys}). Each part but a counted value records its
 * {@code lastArrival}: the stream time at which it last changed, which {@link Lifetimes} judges whether it has gone
 * by. State kept before arrivals were recorded reads as having arrived at its own latest event time.
 *
 * @param counted when a distinct value was counted in its bucket's current life; one entry per value, so a pour
 *     reads and writes only its own value, however many the bucket holds
 */
public record DetectionState(@Nullable Bucket bucket, @Nullable Series series, @Nullable Surge surge,
        @Nullable Instant counted) {

    /**
     * A leaky bucket during one life: from its first pour until it overflows or leaks empty.
     *
     * @param level what is in it now, after leaking up to {@code lastPour}
     * @param poured all that was poured during this life (the count an overflow reports)
     * @param remembered how many distinct values of this life are remembered (each as its own entry); 0 for a
     *     bucket of amounts, and for a bucket kept before values were entries of their own (the values its life
     *     counted then count once more)
     * @param causedBy the ids of the latest events poured, oldest first, at most {@link LeakyBucket#MAX_CAUSES}
     */
    public record Bucket(double level, double poured, Instant firstPour, Instant lastPour, Integer remembered,
            List<String> causedBy, Instant lastArrival) {

        public Bucket {
            Require.present(firstPour, "firstPour");
            Require.present(lastPour, "lastPour");
            remembered = remembered == null ? 0 : remembered;
            causedBy = Require.list(causedBy);
            lastArrival = lastArrival == null ? lastPour : lastArrival;
        }
    }

    /** The latest sample of a counter series: the point the next sample's increase is computed from. */
    public record Series(double value, Instant at, Instant lastArrival) {

        public Series {
            Require.present(at, "at");
            lastArrival = lastArrival == null ? at : lastArrival;
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
            Instant since, Instant lastArrival) {

        public Surge {
            Require.present(windowStart, "windowStart");
            Require.present(since, "since");
            lastArrival = lastArrival == null ? windowStart : lastArrival;
        }
    }

    public DetectionState {
        long parts = Stream.of(bucket, series, surge, counted).filter(part -> part != null).count();
        if (parts != 1) {
            throw new IllegalArgumentException("a detection state is a bucket, a series, a surge or a counted "
                    + "value, had " + parts + " parts");
        }
    }

    static DetectionState of(Bucket bucket) {
        return new DetectionState(bucket, null, null, null);
    }

    static DetectionState of(Series series) {
        return new DetectionState(null, series, null, null);
    }

    static DetectionState of(Surge surge) {
        return new DetectionState(null, null, surge, null);
    }

    static DetectionState counted(Instant at) {
        return new DetectionState(null, null, null, at);
    }
}
