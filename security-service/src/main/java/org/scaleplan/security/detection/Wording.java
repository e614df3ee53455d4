package org.scaleplan.security.detection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Numbers and durations as a summary line writes them: {@code 23}, {@code 12.5}, {@code 3m}, {@code 1h30m}. */
final class Wording {

    private Wording() {
    }

    /** At most two decimals, none when whole. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** To the second, as in a scenario file: {@code 45s}, {@code 3m}, {@code 1h30m}, {@code 26h}. */
    static String duration(Duration duration) {
        return duration.truncatedTo(ChronoUnit.SECONDS).toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
