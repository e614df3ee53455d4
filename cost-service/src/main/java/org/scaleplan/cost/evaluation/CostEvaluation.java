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

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.budget.BudgetTracker;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.PhaseProjection;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * What cost-service decides from one record about a system, in event time: a sample updates the system's spend (a
 * {@code cost_usd_total} counter by its {@code category} label, a gauge priced by the {@link CostModel}) or its active
 * users or the utilization of its priced resources, then the budget thresholds and the category's anomaly state are
 * checked; a phase change is projected. Plain Java, so the live processor and tests decide alike.
 */
public final class CostEvaluation {

    /** The counter of direct spend, in US dollars, with a {@code category} label. */
    public static final String COST_COUNTER = "cost_usd_total";
    static final String USERS = "active_users";
    static final String UNCATEGORIZED = "uncategorized";

    private final CostModel model;
    private final AnomalyDetector anomalies;
    /** Active users, direct spend, the priced resources and their utilization: what {@link #apply} counts. */
    private final Set<String> read = new HashSet<>(Set.of(USERS, COST_COUNTER));

    public CostEvaluation(CostModel model, AnomalyDetector anomalies) {
        this.model = model;
        this.anomalies = anomalies;
        for (CostModel.ResourcePrice resource : model.resources()) {
            read.add(resource.metric());
            if (resource.utilization() != null) {
                read.add(resource.utilization());
            }
        }
    }

    /** The system's costs after a record, and the events it led to. */
    public record Result(SystemCosts costs, List<SystemEvent> events) {
    }

    /** Whether samples of {@code metric} count: active users, direct spend, or a resource the model prices. */
    public boolean reads(String metric) {
        return read.contains(metric);
    }

    public Result apply(SystemCosts before, MetricSample sample) {
        if (sample.name().equals(USERS)) {
            Map<String, CounterSeries> users = new HashMap<>(before.users());
            users.merge(SeriesLabels.text(sample.labels()),
                    new CounterSeries(sample.occurredAt(), Math.max(0, sample.value())),
                    (old, now) -> now.at().isBefore(old.at()) ? old : now);
            return new Result(before.withUsers(users, sample.occurredAt()), List.of());
        }
        if (!model.measuredBy(sample.name()).isEmpty()) {
            Map<String, Utilization> utilization = new HashMap<>(before.utilization());
            utilization.merge(sample.name(), Utilization.first(sample.occurredAt(), sample.value()),
                    (old, first) -> old.next(sample.occurredAt(), sample.value()));
            return new Result(before.withUtilization(utilization, sample.occurredAt()), List.of());
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
            spend = spendOf(before, category, month).observedGauge(gaugeSeries(sample.name(), sample.labels()),
                    sample.occurredAt(), sample.value(), price.get().usdPerUnitHour());
        }
        Map<String, CategorySpend> categories = new HashMap<>(before.categories());
        categories.put(category, spend);
        return checked(before.withCategories(categories, sample.occurredAt()), category, sample);
    }

    /** On {@code PhaseChanged}: the new phase's monthly cost, with the usage spend the system runs at now. */
    public CostProjected project(SystemCosts costs, PhaseChanged change) {
        YearMonth month = YearMonth.from(change.occurredAt().atOffset(ZoneOffset.UTC));
        return PhaseProjection.project(change, model, costs.monthEnd(month, change.occurredAt()), costs.budget());
    }

    /** The key a priced gauge series is kept under in its category: its name and labels, as in PromQL. */
    private static String gaugeSeries(String metric, Map<String, String> labels) {
        return metric + SeriesLabels.text(labels);
    }

    private Result checked(SystemCosts costs, String category, MetricSample sample) {
        List<SystemEvent> events = new ArrayList<>();
        YearMonth period = costs.categories().get(category).period();
        BudgetTracker.Announced announced = costs.announced();
        if (costs.budget() != null) {
            BudgetTracker.Step step = BudgetTracker.step(sample.system(), costs.budget(), announced, period,
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
        return new Result(costs.withChecks(anomalous, announced), events);
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
