package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The month-end forecast of a category's spend: month-to-date plus the current spend rate for the rest of the month.
 * The rate is the spend of the last 24 hours over those hours, or over the hours seen so far when there are fewer
 * (since the month began, or since the first spend was seen), at least one hour. A straight line, on purpose: it
 * reacts within hours to a change (a new phase's infrastructure, a runaway job), which a monthly average would hide.
 */
public final class MonthEndForecast {

    /** How far back the spend rate looks. */
    public static final Duration RATE_WINDOW = Duration.ofHours(24);

    private static final double SECONDS_PER_HOUR = 3600;

    private MonthEndForecast() {
    }

    /** The spend rate in USD per hour as of {@code now}. */
    public static double ratePerHour(CategorySpend spend, Instant now) {
        Instant monthStart = spend.period().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant from = latest(now.minus(RATE_WINDOW), monthStart,
                spend.hourly().isEmpty() ? now : spend.hourly().firstKey());
        double hours = Math.max(1, Duration.between(from, now).getSeconds() / SECONDS_PER_HOUR);
        return spend.spentBetween(from, now) / hours;
    }

    /** Month-to-date plus {@link #ratePerHour} until the end of the month (UTC). */
    public static double monthEnd(CategorySpend spend, Instant now) {
        Instant monthEnd = spend.period().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        double hoursLeft = Math.max(0, Duration.between(now, monthEnd).getSeconds() / SECONDS_PER_HOUR);
        return spend.monthToDate() + ratePerHour(spend, now) * hoursLeft;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant later = a.isAfter(b) ? a : b;
        return later.isAfter(c) ? later : c;
    }
}
