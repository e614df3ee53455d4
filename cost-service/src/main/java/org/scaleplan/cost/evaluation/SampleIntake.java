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
 * new category or series beyond them is not counted, and the result says so.
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

    Limits limits() {
        return limits;
    }

    /** @param clock the system's clock: a month before its month is closed to budget checks */
    Result count(SystemCosts costs, MetricSample sample, Instant clock) {
        if (sample.name().equals(CostEvaluation.USERS)) {
            return users(costs, sample);
        }
        if (!model.measuredBy(sample.name()).isEmpty()) {
            Map<String, Utilization> utilization = new HashMap<>(costs.utilization());
            utilization.merge(sample.name(), Utilization.first(sample.occurredAt(), sample.value()),
                    (old, first) -> old.next(sample.occurredAt(), sample.value()));
            return new Result(costs.withUtilization(utilization, sample.occurredAt()), List.of());
        }
        return SpendSeries.of(sample, model).map(series -> spend(costs, series, sample, clock))
                .orElseGet(() -> new Result(costs, List.of()));
    }

    private Result users(SystemCosts costs, MetricSample sample) {
        String key = SeriesLabels.text(sample.labels());
        if (!costs.users().containsKey(key) && costs.users().size() >= limits.usersSeriesPerSystem()) {
            return dropped(costs, sample, Dropped.USERS_SERIES_PER_SYSTEM);
        }
        Map<String, CounterSeries> users = new HashMap<>(costs.users());
        users.merge(key, new CounterSeries(sample.occurredAt(), Math.max(0, sample.value())),
                (old, now) -> now.at().isBefore(old.at()) ? old : now);
        return new Result(costs.withUsers(users, sample.occurredAt()), List.of());
    }

    private Result spend(SystemCosts costs, SpendSeries series, MetricSample sample, Instant clock) {
        CategorySpend spend = costs.categories().get(series.category());
        if (spend == null && costs.categories().size() >= limits.categoriesPerSystem()) {
            return dropped(costs, sample, Dropped.CATEGORIES_PER_SYSTEM);
        }
        if (spend != null && !spend.series().containsKey(series.key())
                && spend.series().size() >= limits.seriesPerCategory()) {
            return dropped(costs, sample, Dropped.SERIES_PER_CATEGORY);
        }
        Map<String, CategorySpend> categories = new HashMap<>(costs.categories());
        categories.put(series.category(), series.observe(spend, sample.occurredAt(), sample.value()));
        return checks.afterSample(costs.withCategories(categories, sample.occurredAt()), series.category(), sample,
                clock);
    }

    private static Result dropped(SystemCosts costs, MetricSample sample, Dropped reason) {
        return new Result(costs.at(sample.occurredAt()), List.of(), Optional.of(reason));
    }
}
