package org.scaleplan.security.detection;

/** A bound of {@link DetectionLimits} that an event met, and what detection did instead of keeping more. */
public enum DetectionBound {

    SERIES_PER_SYSTEM("max-series-per-system",
            "a new counter series was not kept, so each of its samples reads as its first"),
    BUCKETS_PER_SYSTEM("max-buckets-per-system", "a pour into a new bucket was dropped"),
    DISTINCT_PER_BUCKET("max-distinct-per-bucket",
            "a distinct value was counted but not remembered, so it counts again if it comes again");

    private final String setting;
    private final String outcome;

    DetectionBound(String setting, String outcome) {
        this.setting = setting;
        this.outcome = outcome;
    }

    /** The setting's full name, e.g. {@code scaleplan.security.max-series-per-system}. */
    public String setting() {
        return "scaleplan.security." + setting;
    }

    public String outcome() {
        return outcome;
    }
}
