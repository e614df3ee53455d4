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
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * Everything cost-service keeps about one system: the spend of each category, its active users (the newest value of
 * each {@code active_users} series), which categories are anomalous now, the budget thresholds announced this
 * month, its budget, the utilization of its priced resources, and the time of its newest sample. Only records, maps
 * and sets, so it is stored as JSON and read back equal.
 *
 * @param asOf the time of the newest sample of the system (event time); null before the first
 */
public record SystemCosts(Map<String, CategorySpend> categories, Map<String, CounterSeries> users,
        Set<String> anomalous, BudgetTracker.@Nullable Announced announced, @Nullable Budget budget,
        Map<String, Utilization> utilization, @Nullable Instant asOf) {

    /** A series of active users silent this long stops counting, as in phase-evaluator. */
    static final Duration USERS_STALE_AFTER = Duration.ofMinutes(5);

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

    /** The later of {@link #asOf} and {@code at}: a late sample does not move the system back in time. */
    private Instant later(Instant at) {
        return asOf == null || at.isAfter(asOf) ? at : asOf;
    }

    /** Month-to-date spend of every category of {@code period}. */
    public double monthToDate(YearMonth period) {
        return categories.values().stream().filter(c -> c.period().equals(period))
                .mapToDouble(CategorySpend::monthToDate).sum();
    }

    /** The month-end forecast of every category of {@code period}, as of {@code now}. */
    public double monthEnd(YearMonth period, Instant now) {
        return categories.values().stream().filter(c -> c.period().equals(period))
                .mapToDouble(c -> MonthEndForecast.monthEnd(c, now)).sum();
    }

    /** The system's active users as of {@code now}: the sum of its series heard from in the last 5 minutes. */
    public long activeUsers(Instant now) {
        return Math.round(users.values().stream().filter(u -> u.at().isAfter(now.minus(USERS_STALE_AFTER)))
                .mapToDouble(CounterSeries::value).sum());
    }
}
