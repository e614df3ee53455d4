package org.scaleplan.bench.soak.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.metrics.Staleness;

/**
 * What each system should have spent, from the samples as they were sent, by the rules of docs/cost.md: a counter's
 * increases and a priced gauge's value for as long as it held it, each in the month of the sample that reports it;
 * a sample older than its series' newest is ignored. A series of which nothing arrived for the staleness period has
 * gone (the {@link Staleness} rule, on the newest arrival stamp so far): a priced gauge is billed up to its end and
 * never across a gap, and whatever comes back starts afresh. Spend reported for a month the system's samples had
 * already left is counted in that month but is not on time: no threshold may be announced for it.
 */
public final class SpendLedger {

    private final Staleness staleness;
    private final Map<String, Long> budgets;
    private final List<Integer> thresholds;
    private final Map<String, Series> series = new HashMap<>();
    private final Map<String, Instant> newest = new HashMap<>();
    private final Map<String, Map<YearMonth, MonthSpend>> months = new HashMap<>();
    private Instant clock = Instant.EPOCH;

    /** @param budgets each system's monthly budget, in USD, whose {@code thresholds} (percent) are watched */
    public SpendLedger(Duration staleness, Map<String, Long> budgets, List<Integer> thresholds) {
        this.staleness = new Staleness(staleness);
        this.budgets = Map.copyOf(budgets);
        this.thresholds = List.copyOf(thresholds);
    }

    /** Takes one sample as a service reading the topic would, after ending what its arrival shows has gone. */
    public void record(MetricSample sample) {
        advance(sample.receivedAt());
        Optional<String> category = category(sample);
        if (category.isEmpty()) {
            return;
        }
        String key = sample.system() + "|" + sample.name() + SeriesLabels.text(sample.labels());
        Series last = series.get(key);
        if (last != null && sample.occurredAt().isBefore(last.at())) {
            return;
        }
        double price = sample.name().equals("cpu_cores") ? Costs.USD_PER_CORE_HOUR : 0;
        series.put(key, new Series(sample.system(), category.get(), sample.occurredAt(), sample.value(), price,
                sample.receivedAt()));
        if (last != null) {
            spend(last, price > 0 ? last.costUntil(sample.occurredAt()) : increase(last.value(), sample.value()),
                    sample.occurredAt());
        }
        newest.merge(sample.system(), sample.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Ends every series that has gone by stream time {@code now}: a priced gauge is billed up to its end. */
    public void advance(Instant now) {
        if (!now.isAfter(clock)) {
            return;
        }
        clock = now;
        for (Iterator<Series> it = series.values().iterator(); it.hasNext();) {
            Series gone = it.next();
            if (staleness.gone(gone.arrival(), clock)) {
                it.remove();
                Instant end = staleness.endedAt(gone.at());
                spend(gone, gone.costUntil(end), end);
            }
        }
    }

    /** Every month of {@code system} with spend, in no order. */
    public Map<YearMonth, MonthSpend> months(String system) {
        return Map.copyOf(months.getOrDefault(system, Map.of()));
    }

    public long budget(String system) {
        return budgets.get(system);
    }

    public List<Integer> thresholds() {
        return thresholds;
    }

    private void spend(Series of, double usd, Instant at) {
        if (usd <= 0) {
            return;
        }
        YearMonth month = Schedule.month(at);
        Instant systemNewest = newest.getOrDefault(of.system(), at);
        boolean onTime = !month.isBefore(Schedule.month(systemNewest));
        MonthSpend spend = months.computeIfAbsent(of.system(), s -> new HashMap<>())
                .computeIfAbsent(month, m -> new MonthSpend());
        spend.add(of.category(), usd, onTime, at, budgets.getOrDefault(of.system(), 0L), thresholds);
    }

    private static double increase(double from, double to) {
        return to >= from ? to - from : to;
    }

    private static Optional<String> category(MetricSample sample) {
        return switch (sample.name()) {
            case "cpu_cores" -> Optional.of("server");
            case "cost_usd_total" -> Optional.of(sample.labels().getOrDefault("category", "uncategorized"));
            default -> Optional.empty();
        };
    }

    private record Series(String system, String category, Instant at, double value, double usdPerUnitHour,
            Instant arrival) {

        double costUntil(Instant until) {
            return value * usdPerUnitHour * Duration.between(at, until).toMillis() / 3_600_000.0;
        }
    }
}
