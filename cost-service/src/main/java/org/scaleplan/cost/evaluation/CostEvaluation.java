package org.scaleplan.cost.evaluation;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.PhaseProjection;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * What cost-service decides from one record about a system, in event time: a sample updates the system's spend (a
 * {@code cost_usd_total} counter by its {@code category} label, a gauge priced by the {@link CostModel}) or its active
 * users, then the budget thresholds and the category's anomaly state are checked; a phase change is projected. Plain
 * Java, so the live processor and tests decide alike.
 */
public final class CostEvaluation {

    /** The counter of direct spend, in US dollars, with a {@code category} label. */
    public static final String COST_COUNTER = "cost_usd_total";
    static final String UNCATEGORIZED = "uncategorized";

    private final CostModel model;
    private final AnomalyDetector anomalies;

    public CostEvaluation(CostModel model, AnomalyDetector anomalies) {
        this.model = model;
        this.anomalies = anomalies;
    }

    /** The system's costs after a record, and the events it led to. */
    public record Result(SystemCosts costs, List<SystemEvent> events) {
    }

    public Result apply(SystemCosts before, MetricSample sample, @Nullable Budget budget) {
        if (sample.name().equals("active_users")) {
            Map<String, CounterSeries> users = new HashMap<>(before.users());
            users.merge(SeriesLabels.text(sample.labels()), new CounterSeries(sample.occurredAt(), Math.max(0, sample.value())),
                    (old, now) -> now.at().isBefore(old.at()) ? old : now);
            return new Result(new SystemCosts(before.categories(), users, before.anomalous(), before.announced()),
                    List.of());
        }
        YearMonth month = YearMonth.from(sample.occurredAt().atOffset(ZoneOffset.UTC));
        String category;
        CategorySpend spend;
        if (sample.name().equals(COST_COUNTER)) {
            category = sample.labels().getOrDefault("category", UNCATEGORIZED);
            spend = spendOf(before, category, month).observed(SeriesLabels.text(without(sample.labels(), "category")),
                    sample.occurredAt(), sample.value());
        } else {
            Optional<CostModel.ResourcePrice> price = model.price(sample.name());
            if (price.isEmpty()) {
                return new Result(before, List.of());
            }
            category = price.get().category();
            spend = spendOf(before, category, month).observedGauge(sample.name() + SeriesLabels.text(sample.labels()),
                    sample.occurredAt(), sample.value(), price.get().usdPerUnitHour());
        }
        Map<String, CategorySpend> categories = new HashMap<>(before.categories());
        categories.put(category, spend);
        SystemCosts costs = new SystemCosts(categories, before.users(), before.anomalous(), before.announced());
        return checked(costs, category, sample, budget);
    }

    /** On {@code PhaseChanged}: the new phase's monthly cost, with the usage spend the system runs at now. */
    public CostProjected project(SystemCosts costs, PhaseChanged change, @Nullable Budget budget) {
        YearMonth month = YearMonth.from(change.occurredAt().atOffset(ZoneOffset.UTC));
        return PhaseProjection.project(change, model, costs.monthEnd(month, change.occurredAt()), budget);
    }

    private Result checked(SystemCosts costs, String category, MetricSample sample, @Nullable Budget budget) {
        List<SystemEvent> events = new ArrayList<>();
        YearMonth period = costs.categories().get(category).period();
        BudgetTracker.Announced announced = costs.announced();
        if (budget != null) {
            BudgetTracker.Step step = BudgetTracker.step(sample.system(), budget, announced, period,
                    costs.monthToDate(period), costs.monthEnd(period, sample.occurredAt()), sample.occurredAt(),
                    List.of(sample.eventId()));
            announced = step.announced();
            events.addAll(step.crossed());
        }
        AnomalyDetector.Step anomaly = anomalies.step(sample.system(), category, costs.categories().get(category),
                costs.anomalous().contains(category), sample.occurredAt(), List.of(sample.eventId()));
        anomaly.detected().ifPresent(events::add);
        Set<String> anomalous = new HashSet<>(costs.anomalous());
        if (anomaly.anomalous()) {
            anomalous.add(category);
        } else {
            anomalous.remove(category);
        }
        return new Result(new SystemCosts(costs.categories(), costs.users(), anomalous, announced), events);
    }

    private static CategorySpend spendOf(SystemCosts costs, String category, YearMonth month) {
        CategorySpend spend = costs.categories().get(category);
        return spend != null ? spend : CategorySpend.empty(month);
    }

    private static Map<String, String> without(Map<String, String> labels, String name) {
        Map<String, String> rest = new TreeMap<>(labels);
        rest.remove(name);
        return rest;
    }
}
