package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.evaluation.CostEvaluation.Result;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * What new spend is checked against: the system's budget thresholds, on actual spend and on the month-end forecast,
 * and the category's anomaly state. A month before the system's ({@link SystemCosts#asOf}) is closed and never
 * checked again: what it announced was announced while it was open, and a late sample of it announces nothing.
 */
final class SpendChecks {

    private final AnomalyDetector anomalies;
    private final MonthEndForecast forecast;

    SpendChecks(AnomalyDetector anomalies, MonthEndForecast forecast) {
        this.anomalies = anomalies;
        this.forecast = forecast;
    }

    MonthEndForecast forecast() {
        return forecast;
    }

    /** After {@code sample} added to {@code category}'s spend: the budget, then the category's anomaly state. */
    Result afterSample(SystemCosts costs, String category, MetricSample sample) {
        CategorySpend spend = costs.categories().get(category);
        Result budgets = budget(sample.system(), costs, CategorySpend.monthOf(sample.occurredAt()),
                sample.occurredAt(), List.of(sample.eventId()));
        AnomalyDetector.Step anomaly = anomalies.step(sample.system(), category, spend,
                costs.anomalous().contains(category), sample.occurredAt(), List.of(sample.eventId()));
        List<SystemEvent> events = new ArrayList<>(budgets.events());
        anomaly.detected().ifPresent(events::add);
        Set<String> anomalous = new HashSet<>(costs.anomalous());
        if (anomaly.anomalous()) {
            anomalous.add(category);
        } else {
            anomalous.remove(category);
        }
        return new Result(budgets.costs().withChecks(anomalous, budgets.costs().announced()), events);
    }

    /** The budget's thresholds against the spend of {@code period}, as of {@code at}. */
    Result budget(String system, SystemCosts costs, YearMonth period, Instant at, List<UUID> causedBy) {
        if (costs.budget() == null || period.isBefore(CategorySpend.monthOf(costs.asOf()))) {
            return new Result(costs, List.of());
        }
        BudgetTracker.Step step = BudgetTracker.step(system, costs.budget(), costs.announced(), period,
                costs.monthToDate(period), costs.monthEnd(period, at, forecast), at, causedBy);
        return new Result(costs.withChecks(costs.anomalous(), step.announced()), List.copyOf(step.crossed()));
    }
}
