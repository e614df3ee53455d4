package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * Everything cost-service keeps about one system: the spend of each category, its active users (the newest value of
 * each live {@code active_users} series), which categories are anomalous now, the budget thresholds announced this
 * month, its budget, the utilization of its priced resources, and the time it is as of. Only records, maps and
 * sets, so it is stored as JSON and read back equal.
 *
 * @param asOf the time of the newest sample of the system (event time), or the clock that later ended something of
 *        it; null before the first
 */
public record SystemCosts(Map<String, CategorySpend> categories, Map<String, CounterSeries> users,
        Set<String> anomalous, BudgetTracker.@Nullable Announced announced, @Nullable Budget budget,
        Map<String, Utilization> utilization, @Nullable Instant asOf) {

    public SystemCosts {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories == null ? Map.of() : categories));
        users = Collections.unmodifiableMap(new TreeMap<>(users == null ? Map.of() : users));
        anomalous = Collections.unmodifiableSet(new TreeSet<>(anomalous == null ? Set.of() : anomalous));
        utilization = Collections.unmodifiableMap(new TreeMap<>(utilization == null ? Map.of() : utilization));
    }

    public static SystemCosts empty() {
        return new SystemCosts(Map.of(), Map.of(), Set.of(), null, null, Map.of(), null);
    }

    public SystemCosts withBudget(@Nullable Budget next) {
        return new SystemCosts(categories, users, anomalous, announced, next, utilization, asOf);
    }

    SystemCosts withUsers(Map<String, CounterSeries> next, Instant at) {
        return new SystemCosts(categories, next, anomalous, announced, budget, utilization, later(at));
    }

    SystemCosts withCategories(Map<String, CategorySpend> next, Instant at) {
        return new SystemCosts(next, users, anomalous, announced, budget, utilization, later(at));
    }

    SystemCosts withUtilization(Map<String, Utilization> next, Instant at) {
        return new SystemCosts(categories, users, anomalous, announced, budget, next, later(at));
    }

    SystemCosts withChecks(Set<String> nextAnomalous, BudgetTracker.@Nullable Announced nextAnnounced) {
        return new SystemCosts(categories, users, nextAnomalous, nextAnnounced, budget, utilization, asOf);
    }

    /** As of {@code at} if that is later: a sample that was not counted still says how far the system has got. */
    SystemCosts at(Instant at) {
        return new SystemCosts(categories, users, anomalous, announced, budget, utilization, later(at));
    }

    /** The later of {@link #asOf} and {@code at}: a late sample does not move the system back in time. */
    Instant later(Instant at) {
        return asOf == null || at.isAfter(asOf) ? at : asOf;
    }

    /**
     * The costs once everything that has gone by {@code clock} has ended (Staleness), this very object when nothing
     * has: series leave (a priced gauge billed up to its end), and so do a category of a month before the clock's
     * with no series left and that month's announcements, since per-period state closes with its period.
     */
    SystemCosts ended(Instant clock, Staleness staleness) {
        YearMonth month = CategorySpend.monthOf(clock);
        Map<String, CategorySpend> open = new TreeMap<>();
        categories.forEach((name, spend) -> {
            CategorySpend ended = spend.ended(clock, staleness);
            if (!ended.series().isEmpty() || !ended.period().isBefore(month)) {
                open.put(name, ended);
            }
        });
        Map<String, CounterSeries> liveUsers = new TreeMap<>(users);
        liveUsers.values().removeIf(series -> staleness.gone(series.at(), clock));
        Map<String, Utilization> liveUtilization = new TreeMap<>(utilization);
        liveUtilization.values().removeIf(measured -> staleness.gone(measured.at(), clock));
        Set<String> stillAnomalous = new TreeSet<>(anomalous);
        stillAnomalous.retainAll(open.keySet());
        SystemCosts next = new SystemCosts(open, liveUsers, stillAnomalous,
                announced == null || announced.period().isBefore(month) ? null : announced, budget, liveUtilization,
                asOf);
        return next.equals(this) ? this : next.at(clock);
    }

    /** The latest end of a priced gauge that has gone by {@code clock} and costs something until it. */
    Optional<Instant> lastBilledEnd(Instant clock, Staleness staleness) {
        return categories.values().stream().flatMap(spend -> spend.goneBy(clock, staleness).stream())
                .map(Map.Entry::getValue)
                .filter(series -> series.costUntil(staleness.endedAt(series.at())) > 0)
                .map(series -> staleness.endedAt(series.at()))
                .max(Instant::compareTo);
    }

    /** Whether nothing of the system is worth keeping: no budget, no spend, no live series, nothing announced. */
    public boolean holdsNothing() {
        return budget == null && announced == null && categories.isEmpty() && users.isEmpty()
                && utilization.isEmpty();
    }

    /** Month-to-date spend of every category of {@code period}. */
    public double monthToDate(YearMonth period) {
        return categories.values().stream().filter(c -> c.period().equals(period))
                .mapToDouble(CategorySpend::monthToDate).sum();
    }

    /** The month-end forecast of every category of {@code period}, as of {@code now}. */
    public double monthEnd(YearMonth period, Instant now, MonthEndForecast forecast) {
        return categories.values().stream().filter(c -> c.period().equals(period))
                .mapToDouble(c -> forecast.monthEnd(c, now)).sum();
    }

    /** The system's active users: the sum of its live series (one that has gone has left). */
    public long activeUsers() {
        return Math.round(users.values().stream().mapToDouble(CounterSeries::value).sum());
    }
}
