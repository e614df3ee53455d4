package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.metrics.Staleness;

/**
 * One system's spend in one cost category, in US dollars, in event time: month-to-date, and the spend of each recent
 * hour (for the spend rate, the month-end forecast and anomaly baselines). Built from the increases of its
 * {@code cost_usd_total} series and the time its priced gauges held their values, each counted in the month of the
 * sample that reports it (or of the end of a series that has gone) and in the hour it accrued up to then.
 *
 * @param period the month {@code monthToDate} belongs to (UTC)
 * @param series the newest sample of each series of the category that has not gone, by its labels
 * @param hourly spend per hour, by the hour's start, for the {@link #KEPT} up to the newest
 * @param since the category's first sample: how much history its spend rate has
 */
public record CategorySpend(YearMonth period, double monthToDate, Map<String, CounterSeries> series,
        NavigableMap<Instant, Double> hourly, Instant since) {

    /**
     * How much hourly history is kept: enough for a day's rate and a day's anomaly baseline, and a week's view. It
     * bounds the hourly spend to 8 × 24 hours (one more at most) per category, whatever a client sends.
     */
    public static final Duration KEPT = Duration.ofDays(8);

    public CategorySpend {
        Require.present(period, "period");
        series = series == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(series));
        hourly = Collections.unmodifiableNavigableMap(new TreeMap<>(hourly == null ? Map.of() : hourly));
        // Spend stored before the category kept its start began no later than its month or its oldest hour.
        since = since != null ? since : hourly.isEmpty() ? startOf(period) : hourly.firstKey();
    }

    /** A category whose first sample is at {@code at}: nothing spent yet. */
    public static CategorySpend startingAt(Instant at) {
        return new CategorySpend(monthOf(at), 0, Map.of(), new TreeMap<>(), at);
    }

    /** Whether a sample at {@code at} is late for series {@code seriesKey}: no newer than its newest sample. */
    public boolean late(String seriesKey, Instant at) {
        CounterSeries last = series.get(seriesKey);
        return last != null && !at.isAfter(last.at());
    }

    /**
     * The spend after {@code sample} of series {@code seriesKey}: a counter's increase since the series' previous
     * sample, or a priced gauge's previous value held until this one ({@link CounterSeries}: never across a gap
     * longer than the staleness period). The first sample of a series only sets its starting point (what came before
     * is unknown); a late sample changes nothing.
     */
    public CategorySpend observed(String seriesKey, CounterSeries sample, Staleness staleness) {
        if (late(seriesKey, sample.at())) {
            return this;
        }
        CounterSeries last = series.get(seriesKey);
        Map<String, CounterSeries> nextSeries = new TreeMap<>(series);
        nextSeries.put(seriesKey, sample);
        double increase = last == null ? 0 : last.spendUntil(sample, staleness);
        return new CategorySpend(period, monthToDate, nextSeries, hourly, since).spent(increase, sample.at());
    }

    /** The series of which nothing has arrived for the staleness period by stream time {@code now}. */
    public List<Map.Entry<String, CounterSeries>> goneBy(Instant now, Staleness staleness) {
        return series.entrySet().stream().filter(entry -> staleness.gone(entry.getValue().arrived(), now)).toList();
    }

    /**
     * The spend once series {@code seriesKey}, which has gone, has ended: a priced gauge's last value is billed up to
     * the series' end ({@link Staleness#endedAt}), counted in the month and hour of the end; a counter's increase
     * after its last sample is unknown, and its next sample, if one comes, only starts it again.
     */
    public CategorySpend ended(String seriesKey, Staleness staleness) {
        CounterSeries last = series.get(seriesKey);
        Map<String, CounterSeries> nextSeries = new TreeMap<>(series);
        nextSeries.remove(seriesKey);
        CategorySpend without = new CategorySpend(period, monthToDate, nextSeries, hourly, since);
        double cost = last.costToEnd(staleness);
        return cost > 0 ? without.spent(cost, staleness.endedAt(last.at())) : without;
    }

    /** The spend after {@code increase} accrued up to {@code at}: a later month starts from zero. */
    private CategorySpend spent(double increase, Instant at) {
        YearMonth month = monthOf(at);
        // A late increase of a month already closed does not count in this one.
        double toDate = month.isAfter(period) ? increase : month.equals(period) ? monthToDate + increase
                : monthToDate;
        TreeMap<Instant, Double> nextHourly = new TreeMap<>(hourly);
        if (increase > 0) {
            // The increase accrued up to this moment: one reported at 10:00:00 belongs to the hour before.
            nextHourly.merge(hourOf(at.minusMillis(1)), increase, Double::sum);
        }
        Instant newest = nextHourly.isEmpty() || at.isAfter(nextHourly.lastKey()) ? at : nextHourly.lastKey();
        return new CategorySpend(month.isAfter(period) ? month : period, toDate, series,
                nextHourly.tailMap(newest.minus(KEPT), true), since);
    }

    /** The spend in {@code [from, to)}, by whole hours. */
    public double spentBetween(Instant from, Instant to) {
        return hoursBetween(from, to).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The spend of each hour in {@code [from, to)}, by whole hours. */
    public NavigableMap<Instant, Double> hoursBetween(Instant from, Instant to) {
        return hourly.subMap(hourOf(from), true, to, false);
    }

    static Instant hourOf(Instant at) {
        return Instant.ofEpochSecond(at.getEpochSecond() - Math.floorMod(at.getEpochSecond(), 3600));
    }

    /** The month (UTC) of {@code at}. */
    public static YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }

    static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
