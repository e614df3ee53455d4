package org.scaleplan.cli.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.scaleplan.contracts.security.Scope;

/**
 * How numbers, money, times and maps read in a gist. One place, so every record type words them alike and the
 * output does not depend on the machine's locale.
 */
final class Formats {

    private Formats() {
    }

    /** {@code 1,234}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 0.083}, {@code 1234}: as short as the value allows, never in exponent form. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** {@code $1,000.00}. */
    static String usd(BigDecimal value) {
        return String.format(Locale.ROOT, "$%,.2f", value);
    }

    /** {@code 2026-11-27T10:05:00Z}: a tail reads better without fractions of a second. */
    static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code 1h 5m}, {@code 21m}, {@code 45s}: the largest units, zero parts left out. */
    static String duration(Duration duration) {
        long total = Math.abs(duration.getSeconds());
        String text = part(total / 86_400, "d") + part(total % 86_400 / 3_600, "h") + part(total % 3_600 / 60, "m")
                + part(total % 60, "s");
        return text.isEmpty() ? "0s" : text.strip();
    }

    private static String part(long value, String unit) {
        return value == 0 ? "" : " " + value + unit;
    }

    /** {@code a=1, b=2}, sorted by key, because contract maps keep no order. */
    static String entries(Map<String, String> map) {
        return new TreeMap<>(map).entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code a, b, c}. */
    static String list(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** {@code address 203.0.113.7}. */
    static String scope(Scope scope) {
        return lower(scope.type()) + " " + scope.value();
    }

    /** {@code phase-change} for {@code PHASE_CHANGE}. */
    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
