package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.cost.evaluation.CostEvaluation.Result;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * How a sample enters its system's costs: as active users, as the utilization of a priced resource, or as spend of
 * its category (then checked against the budget and for anomalies), within the system's {@link Limits}: a sample of a
 * new category or series beyond them is not counted, nor is a late one (no newer than its own series' newest sample),
 * and the result says so. Each series keeps the stream time its newest sample arrived at, to tell when it has gone.
 */
final class SampleIntake {

    private final CostModel model;
    private final SpendChecks checks;
    private final Limits limits;

    SampleIntake(CostModel model, SpendChecks checks, Limits limits) {
        this.model = model;
        this.checks = checks;
        this.limits = limits;
    }

    /** Counts {@code sample}, which arrived at stream time {@code now}. */
    Result count(SystemCosts costs, MetricSample sample, Instant now) {
        if (sample.name().equals(CostEvaluation.USERS)) {
            return users(costs, sample, now);
        }
        if (!model.measuredBy(sample.name()).isEmpty()) {
            Map<String, Utilization> utilization = new HashMap<>(costs.utilization());
            utilization.merge(sample.name(), Utilization.first(sample.occurredAt(), sample.value(), now),
                    (old, first) -> old.next(sample.occurredAt(), sample.value(), now));
            return new Result(costs.withUtilization(utilization), List.of());
        }
        return SpendSeries.of(sample, model).map(series -> spend(costs, series, sample, now))
                .orElseGet(() -> new Result(costs, List.of()));
    }

    private Result users(SystemCosts costs, MetricSample sample, Instant now) {
        String key = SeriesLabels.text(sample.labels());
        CounterSeries last = costs.users().get(key);
        if (last != null && !sample.occurredAt().isAfter(last.at())) {
            return dropped(costs, Dropped.LATE);
        }
        if (last == null && costs.users().size() >= limits.usersSeriesPerSystem()) {
            return dropped(costs, Dropped.USERS_SERIES_PER_SYSTEM);
        }
        Map<String, CounterSeries> users = new HashMap<>(costs.users());
        users.put(key, CounterSeries.counter(sample.occurredAt(), Math.max(0, sample.value()), now));
        return new Result(costs.withUsers(users), List.of());
    }

    private Result spend(SystemCosts costs, SpendSeries series, MetricSample sample, Instant now) {
        CategorySpend spend = costs.categories().get(series.category());
        if (spend != null && spend.late(series.key(), sample.occurredAt())) {
            return dropped(costs, Dropped.LATE);
        }
        if (spend == null && costs.categories().size() >= limits.categoriesPerSystem()) {
            return dropped(costs, Dropped.CATEGORIES_PER_SYSTEM);
        }
        if (spend != null && !spend.series().containsKey(series.key())
                && spend.series().size() >= limits.seriesPerCategory()) {
            return dropped(costs, Dropped.SERIES_PER_CATEGORY);
        }
        CategorySpend next = series.observe(spend, sample, now, limits.staleness());
        return checks.afterSample(costs.withCategory(series.category(), next), series.category(), sample);
    }

    private static Result dropped(SystemCosts costs, Dropped reason) {
        return new Result(costs, List.of(), Optional.of(reason));
    }
}
