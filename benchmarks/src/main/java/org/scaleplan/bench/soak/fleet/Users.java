package org.scaleplan.bench.soak.fleet;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Each system's active users, in two regions: system {@code i} starts at 400 + 150·i users and grows over the run
 * by a factor of 4 + i (every fourth system shrinks to 0.4 of its start instead), with a ±5 % daily swing, so the
 * systems pass through the phase thresholds, up and down, at different times. Region {@value #LAGGING} lags: its
 * samples are stamped {@link Schedule#REGION_LAG} behind the others and arrive with them.
 */
final class Users {

    static final List<String> REGIONS = List.of("eu", "ap");
    static final String LAGGING = "ap";
    private static final double[] SHARES = {0.7, 0.3};
    private static final double DAILY_SWING = 0.05;

    private Users() {
    }

    /** The users of {@code region} at {@code at}, {@code fraction} of the way through the run. */
    static long of(int system, String region, Instant at, double fraction) {
        double start = 400 + 150 * system;
        double factor = system % 4 == 3 ? 0.4 : 4 + system;
        double minuteOfDay = at.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 60.0;
        double swing = 1 + DAILY_SWING * Math.sin(2 * Math.PI * minuteOfDay / 1440);
        return Math.round(start * Math.pow(factor, fraction) * swing * SHARES[REGIONS.indexOf(region)]);
    }
}
