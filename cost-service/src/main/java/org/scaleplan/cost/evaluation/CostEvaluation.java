package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.PhaseProjection;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * What cost-service decides from one record about a system, in event time: a sample updates the system's spend (a
 * {@code cost_usd_total} counter by its {@code category} label, a gauge priced by the {@link CostModel}) or its active
 * users or the utilization of its priced resources, then the budget thresholds and the category's anomaly state are
 * checked; a phase change is projected. Before a sample counts, what has gone by the system's clock ends, exactly as
 * {@link #expire} (the sweep) ends it, so whether a series has gone never depends on when the store is swept. Plain
 * Java, so the live processor and tests decide alike.
 */
public final class CostEvaluation {

    /** The counter of direct spend, in US dollars, with a {@code category} label. */
    public static final String COST_COUNTER = "cost_usd_total";
    static final String USERS = "active_users";

    private final CostModel model;
    private final SpendChecks checks;
    private final SampleIntake intake;
    private final Staleness staleness;
    /** Active users, direct spend, the priced resources and their utilization: what {@link #apply} counts. */
    private final Set<String> read = new HashSet<>(Set.of(USERS, COST_COUNTER));

    public CostEvaluation(CostModel model, AnomalyDetector anomalies, MonthEndForecast forecast, Staleness staleness,
            Limits limits) {
        this.model = model;
        this.checks = new SpendChecks(anomalies, forecast);
        this.intake = new SampleIntake(model, checks, limits);
        this.staleness = staleness;
        for (CostModel.ResourcePrice resource : model.resources()) {
            read.add(resource.metric());
            if (resource.utilization() != null) {
                read.add(resource.utilization());
            }
        }
    }

    /**
     * The system's costs after a record, the events it led to, and why a sample was not counted, if it was not.
     */
    public record Result(SystemCosts costs, List<SystemEvent> events, Optional<Dropped> dropped) {

        Result(SystemCosts costs, List<SystemEvent> events) {
            this(costs, events, Optional.empty());
        }
    }

    /** Whether samples of {@code metric} count: active users, direct spend, or a resource the model prices. */
    public boolean reads(String metric) {
        return read.contains(metric);
    }

    public Limits limits() {
        return intake.limits();
    }

    /**
     * @param streamTime the newest sample time of any system in the partition: a system's clock runs no more than
     *        {@link Staleness#SKEW} behind it
     */
    public Result apply(SystemCosts before, MetricSample sample, Instant streamTime) {
        Instant clock = Staleness.systemClock(before.later(sample.occurredAt()), streamTime);
        Result ended = end(sample.system(), before, clock);
        if (staleness.gone(sample.occurredAt(), clock)) {
            return new Result(ended.costs(), ended.events(), Optional.of(Dropped.LATE));
        }
        Result counted = intake.count(ended.costs(), sample, clock);
        List<SystemEvent> events = new ArrayList<>(ended.events());
        events.addAll(counted.events());
        return new Result(counted.costs(), events, counted.dropped());
    }

    /**
     * The sweep of a system that may have gone silent: what has gone by its clock at {@code streamTime} ends. The
     * costs are the very object given when nothing has.
     */
    public Result expire(String system, SystemCosts costs, Instant streamTime) {
        return end(system, costs, Staleness.systemClock(costs.asOf(), streamTime));
    }

    /** On {@code PhaseChanged}: the new phase's monthly cost, with the usage spend the system runs at now. */
    public CostProjected project(SystemCosts costs, PhaseChanged change) {
        YearMonth month = CategorySpend.monthOf(change.occurredAt());
        return PhaseProjection.project(change, model, costs.monthEnd(month, change.occurredAt(), checks.forecast()),
                costs.budget());
    }

    private Result end(String system, SystemCosts costs, Instant clock) {
        SystemCosts ended = costs.ended(clock, staleness);
        Optional<Instant> billed = costs.lastBilledEnd(clock, staleness);
        if (ended == costs || billed.isEmpty()) {
            return new Result(ended, List.of());
        }
        // What a gauge's end billed meets the budget as a sample's spend does, stamped with the end.
        return checks.budget(system, ended, CategorySpend.monthOf(billed.get()), billed.get(), clock, List.of());
    }
}
