package org.scaleplan.cost.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
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
 * month, its budget, the utilization of its priced resources, the time it is as of and when its newest sample
 * arrived. Only records, maps and sets, so it is stored as JSON and read back equal.
 *
 * @param asOf the time of the newest sample of the system, or of a priced gauge's end billed after it (event time);
 *        null before the first. Its month is the system's month: an earlier one is closed
 * @param lastArrival the stream time at which the newest sample of the system arrived; null before the first
 */
public record SystemCosts(Map<String, CategorySpend> categories, Map<String, CounterSeries> users,
        Set<String> anomalous, BudgetTracker.@Nullable Announced announced, @Nullable Budget budget,
        Map<String, Utilization> utilization, @Nullable Instant asOf, @Nullable Instant lastArrival) {

    public SystemCosts {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories == null ? Map.of() : categories));
        users = Collections.unmodifiableMap(new TreeMap<>(users == null ? Map.of() : users));
        anomalous = Collections.unmodifiableSet(new TreeSet<>(anomalous == null ? Set.of() : anomalous));
        utilization = Collections.unmodifiableMap(new TreeMap<>(utilization == null ? Map.of() : utilization));
    }

    public static SystemCosts empty() {
        return new SystemCosts(Map.of(), Map.of(), Set.of(), null, null, Map.of(), null, null);
    }

    public SystemCosts withBudget(@Nullable Budget next) {
        return new SystemCosts(categories, users, anomalous, announced, next, utilization, asOf, lastArrival);
    }

    SystemCosts withUsers(Map<String, CounterSeries> next) {
        return new SystemCosts(categories, next, anomalous, announced, budget, utilization, asOf, lastArrival);
    }

    SystemCosts withCategories(Map<String, CategorySpend> next) {
        return new SystemCosts(next, users, anomalous, announced, budget, utilization, asOf, lastArrival);
    }

    SystemCosts withCategory(String name, CategorySpend spend) {
        Map<String, CategorySpend> next = new TreeMap<>(categories);
        next.put(name, spend);
        return withCategories(next);
    }

    SystemCosts withUtilization(Map<String, Utilization> next) {
        return new SystemCosts(categories, users, anomalous, announced, budget, next, asOf, lastArrival);
    }

    SystemCosts withChecks(Set<String> nextAnomalous, BudgetTracker.@Nullable Announced nextAnnounced) {
        return new SystemCosts(categories, users, nextAnomalous, nextAnnounced, budget, utilization, asOf,
                lastArrival);
    }

    /** After a sample at {@code at} arrived at stream time {@code now}, counted or not: the system has got so far. */
    SystemCosts arrived(Instant at, Instant now) {
        return new SystemCosts(categories, users, anomalous, announced, budget, utilization, later(at), now);
    }

    /** As of {@code at} if that is later. */
    SystemCosts at(Instant at) {
        return new SystemCosts(categories, users, anomalous, announced, budget, utilization, later(at), lastArrival);
    }

    /** The later of {@link #asOf} and {@code at}: a late sample does not move the system back in time. */
    private Instant later(Instant at) {
        return asOf == null || at.isAfter(asOf) ? at : asOf;
    }

    /** Without the active users and utilization gauges of which nothing has arrived for the staleness period. */
    SystemCosts withoutGoneGauges(Instant now, Staleness staleness) {
        Map<String, CounterSeries> liveUsers = new TreeMap<>(users);
        liveUsers.values().removeIf(series -> staleness.gone(series.arrived(), now));
        Map<String, Utilization> liveUtilization = new TreeMap<>(utilization);
        liveUtilization.values().removeIf(measured -> staleness.gone(measured.arrived(), now));
        return withUsers(liveUsers).withUtilization(liveUtilization);
    }

    /** Whether nothing of the system has arrived for {@code retention} by stream time {@code now}. */
    boolean silentFor(Duration retention, Instant now) {
        return lastArrival != null && !lastArrival.plus(retention).isAfter(now);
    }

    /** Only the budget: what an admin set stays, what the system sent has been let go. */
    SystemCosts forgotten() {
        return empty().withBudget(budget);
    }

    /**
     * Without what its closed months kept: a category of a month before the system's with no series left, and that
     * month's announcements.
     */
    SystemCosts closed() {
        if (asOf == null) {
            return this;
        }
        YearMonth month = CategorySpend.monthOf(asOf);
        Map<String, CategorySpend> open = new TreeMap<>(categories);
        open.values().removeIf(spend -> spend.series().isEmpty() && spend.period().isBefore(month));
        Set<String> stillAnomalous = new TreeSet<>(anomalous);
        stillAnomalous.retainAll(open.keySet());
        return withCategories(open).withChecks(stillAnomalous,
                announced == null || announced.period().isBefore(month) ? null : announced);
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
