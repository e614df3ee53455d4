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
 * checked; a phase change is projected. Whether a series has gone is judged on arrival ({@link Staleness}): before a
 * sample counts, what of its system has gone by the partition's stream time ends, exactly as {@link #expire} (the
 * sweep) ends it, so whether and how a series ended never depends on when the store was swept. Plain Java, so the
 * live processor and tests decide alike.
 */
public final class CostEvaluation {

    /** The counter of direct spend, in US dollars, with a {@code category} label. */
    public static final String COST_COUNTER = "cost_usd_total";
    static final String USERS = "active_users";

    private final CostModel model;
    private final Limits limits;
    private final SpendChecks checks;
    private final SampleIntake intake;
    private final Ending ending;
    /** Active users, direct spend, the priced resources and their utilization: what {@link #apply} counts. */
    private final Set<String> read = new HashSet<>(Set.of(USERS, COST_COUNTER));

    public CostEvaluation(CostModel model, AnomalyDetector anomalies, MonthEndForecast forecast, Limits limits) {
        this.model = model;
        this.limits = limits;
        this.checks = new SpendChecks(anomalies, forecast);
        this.intake = new SampleIntake(model, checks, limits);
        this.ending = new Ending(limits, checks);
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
        return limits;
    }

    /**
     * @param now the partition's stream time with this sample (Kafka's arrival stamps): when it arrived
     */
    public Result apply(SystemCosts before, MetricSample sample, Instant now) {
        Result ended = ending.run(sample.system(), before, now);
        Result counted = intake.count(ended.costs().arrived(sample.occurredAt(), now), sample, now);
        List<SystemEvent> events = new ArrayList<>(ended.events());
        events.addAll(counted.events());
        return new Result(counted.costs(), events, counted.dropped());
    }

    /**
     * The sweep of a system at the partition's stream time {@code now}: what has gone of it ends. The costs are the
     * very object given when nothing has.
     */
    public Result expire(String system, SystemCosts costs, Instant now) {
        return ending.run(system, costs, now);
    }

    /** On {@code PhaseChanged}: the new phase's monthly cost, with the usage spend the system runs at now. */
    public CostProjected project(SystemCosts costs, PhaseChanged change) {
        YearMonth month = CategorySpend.monthOf(change.occurredAt());
        return PhaseProjection.project(change, model, costs.monthEnd(month, change.occurredAt(), checks.forecast()),
                costs.budget());
    }
}
