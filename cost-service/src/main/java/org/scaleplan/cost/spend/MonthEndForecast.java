package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The month-end forecast of a category's spend: month-to-date plus the current spend rate for the rest of the month.
 * A straight line, on purpose: it reacts within hours to a change (a new phase's infrastructure, a runaway job),
 * which a monthly average would hide.
 *
 * <p>The rate is the spend of the last {@link #RATE_WINDOW} (across a month's start too) over those hours, or over
 * the hours since the category's first sample when there are fewer, leaving out the window's dearest hour: a single
 * burst is spend, counted once in month-to-date, not a rate to extrapolate to the whole month, while a steady rate
 * is the same with or without any one of its hours. A category with less than {@code minHistory} is forecast at its
 * month-to-date: a rate taken over a few hours says little about a month.
 *
 * @param minHistory how long a category must have been seen before its rate is extrapolated
 */
public record MonthEndForecast(Duration minHistory) {

    /** How far back the spend rate looks. */
    public static final Duration RATE_WINDOW = Duration.ofHours(24);

    private static final double SECONDS_PER_HOUR = 3600;

    public MonthEndForecast {
        if (minHistory == null || minHistory.isNegative()) {
            throw new IllegalArgumentException("the forecast's minimum history must not be negative, was "
                    + minHistory);
        }
    }

    /** The spend rate in USD per hour as of {@code now}. */
    public double ratePerHour(CategorySpend spend, Instant now) {
        Instant from = now.minus(RATE_WINDOW).isAfter(spend.since()) ? now.minus(RATE_WINDOW) : spend.since();
        double hours = Math.max(1, Duration.between(from, now).getSeconds() / SECONDS_PER_HOUR);
        Collection<Double> spent = spend.hoursBetween(from, now).values();
        double total = spent.stream().mapToDouble(Double::doubleValue).sum();
        if (hours < 2) {
            return total / hours;
        }
        return (total - spent.stream().mapToDouble(Double::doubleValue).max().orElse(0)) / (hours - 1);
    }

    /** Month-to-date plus {@link #ratePerHour} until the end of the month (UTC), once there is enough history. */
    public double monthEnd(CategorySpend spend, Instant now) {
        if (spend.since().plus(minHistory).isAfter(now)) {
            return spend.monthToDate();
        }
        Instant monthEnd = CategorySpend.startOf(spend.period().plusMonths(1));
        double hoursLeft = Math.max(0, Duration.between(now, monthEnd).getSeconds() / SECONDS_PER_HOUR);
        return spend.monthToDate() + ratePerHour(spend, now) * hoursLeft;
    }
}
