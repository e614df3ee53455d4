package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.scaleplan.contracts.Require;

/**
 * One system's spend in one cost category, in US dollars, in event time: month-to-date, and the spend of each recent
 * hour (for the spend rate, the month-end forecast and anomaly baselines). Built from the increases of its
 * {@code cost_usd_total} series, each counted in the month of the sample that reports it and in the hour it accrued
 * up to that sample.
 *
 * @param period the month {@code monthToDate} belongs to (UTC)
 * @param series the newest sample of each counter series of the category, by its labels
 * @param hourly spend per hour, by the hour's start, for the last {@link #KEPT}
 */
public record CategorySpend(YearMonth period, double monthToDate, Map<String, CounterSeries> series,
        NavigableMap<Instant, Double> hourly) {

    /** How much hourly history is kept: enough for a day's baseline and a week's view. */
    public static final Duration KEPT = Duration.ofDays(8);

    public CategorySpend {
        Require.present(period, "period");
        series = series == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(series));
        hourly = Collections.unmodifiableNavigableMap(new TreeMap<>(hourly == null ? Map.of() : hourly));
    }

    public static CategorySpend empty(YearMonth period) {
        return new CategorySpend(period, 0, Map.of(), new TreeMap<>());
    }

    /**
     * The spend after a sample of counter series {@code seriesKey} ({@code cost_usd_total}) with {@code value} at
     * {@code at}: the counter's increase since the series' previous sample.
     */
    public CategorySpend observed(String seriesKey, Instant at, double value) {
        return accrued(seriesKey, at, value, (last, now) -> last.increaseTo(now.value()));
    }

    /**
     * The spend after a sample of a priced gauge series (e.g. {@code cpu_cores}) with {@code value} at {@code at}:
     * the previous sample's value held until this one, at {@code usdPerUnitHour}.
     */
    public CategorySpend observedGauge(String seriesKey, Instant at, double value, double usdPerUnitHour) {
        return accrued(seriesKey, at, value, (last, now) ->
                last.value() * Duration.between(last.at(), now.at()).toMillis() / 3_600_000.0 * usdPerUnitHour);
    }

    /**
     * The first sample of a series only sets its starting point (what came before is unknown); a sample older than
     * the series' newest is ignored; a sample in a later month starts that month from zero.
     */
    private CategorySpend accrued(String seriesKey, Instant at, double value,
            BiFunction<CounterSeries, CounterSeries, Double> increaseSince) {
        CounterSeries last = series.get(seriesKey);
        if (last != null && at.isBefore(last.at())) {
            return this;
        }
        CounterSeries now = new CounterSeries(at, value);
        YearMonth month = YearMonth.from(at.atOffset(ZoneOffset.UTC));
        double increase = last == null ? 0 : increaseSince.apply(last, now);
        YearMonth nextPeriod = month.isAfter(period) ? month : period;
        // A later month starts from zero; a late increase of a month already closed does not count in this one.
        double toDate = month.isAfter(period) ? increase : month.equals(period) ? monthToDate + increase
                : monthToDate;
        Map<String, CounterSeries> nextSeries = new TreeMap<>(series);
        nextSeries.put(seriesKey, now);
        TreeMap<Instant, Double> nextHourly = new TreeMap<>(hourly.tailMap(at.minus(KEPT), true));
        if (increase > 0) {
            // The increase accrued up to this sample: one reported at 10:00:00 belongs to the hour before.
            nextHourly.merge(hourOf(at.minusMillis(1)), increase, Double::sum);
        }
        return new CategorySpend(nextPeriod, toDate, nextSeries, nextHourly);
    }

    /** The spend in {@code [from, to)}, by whole hours. */
    public double spentBetween(Instant from, Instant to) {
        return hourly.subMap(hourOf(from), true, to, false).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    static Instant hourOf(Instant at) {
        return Instant.ofEpochSecond(at.getEpochSecond() - Math.floorMod(at.getEpochSecond(), 3600));
    }
}
