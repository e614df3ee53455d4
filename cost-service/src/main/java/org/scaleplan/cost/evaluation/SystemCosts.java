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
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * Everything cost-service keeps about one system: the spend of each category, its active users (the newest value of
 * each {@code active_users} series), which categories are anomalous now, and the budget thresholds announced this
 * month. Only records, maps and sets, so it is stored as JSON and read back equal.
 */
public record SystemCosts(Map<String, CategorySpend> categories, Map<String, CounterSeries> users,
        Set<String> anomalous, BudgetTracker.@Nullable Announced announced) {

    /** A series of active users silent this long stops counting, as in phase-evaluator. */
    static final Duration USERS_STALE_AFTER = Duration.ofMinutes(5);

    public SystemCosts {
        categories = Collections.unmodifiableMap(new TreeMap<>(categories == null ? Map.of() : categories));
        users = Collections.unmodifiableMap(new TreeMap<>(users == null ? Map.of() : users));
        anomalous = Collections.unmodifiableSet(new TreeSet<>(anomalous == null ? Set.of() : anomalous));
    }

    public static SystemCosts empty() {
        return new SystemCosts(Map.of(), Map.of(), Set.of(), null);
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
