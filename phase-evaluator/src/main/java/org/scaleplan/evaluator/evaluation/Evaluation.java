package org.scaleplan.evaluator.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.phase.PhaseMachine;
import org.scaleplan.evaluator.phase.PhasePlan;

/**
 * What the evaluator decides, the same live (Kafka Streams stores) and in a replay (maps): from each sample, the
 * system's phase and forecast from {@code active_users}, and every alert rule the sample belongs to; from a sweep,
 * the end of every series that has gone. Samples must come in partition order, as Kafka delivers them, each with the
 * partition's stream time (Kafka's arrival stamps) as of that sample.
 *
 * <p>Whether a series has gone is judged on arrival ({@link org.scaleplan.contracts.metrics.Staleness}): a sample
 * ends what it touches that has gone before deciding, and a sweep ends the rest, by the same rule, so the same
 * records give the same decisions whenever sweeps run.
 */
public final class Evaluation {

    /** A system's last arrival is recorded to the minute: enough for a retention of days, and one write a minute. */
    private static final Duration ACTIVITY_RESOLUTION = Duration.ofMinutes(1);

    private final Limits limits;
    private final Supplier<RuleSet> rules;
    private final SystemPhases phases;
    private final SeriesAlerts alerts;

    /** @param rules read once per sample, so a reload applies from the next sample on */
    public Evaluation(PhasePlan plan, Duration forecastWindow, Limits limits, Supplier<RuleSet> rules) {
        this.limits = limits;
        this.rules = rules;
        this.phases = new SystemPhases(plan, forecastWindow, limits);
        this.alerts = new SeriesAlerts(limits);
    }

    /** Whether samples of {@code metric} can lead to a decision: the phase metric, or one an alert rule watches. */
    public boolean reads(String metric) {
        return PhaseMachine.METRIC.equals(metric) || rules.get().watches(metric);
    }

    /** What {@code sample}, arriving at stream time {@code now}, leads to; the state is updated in place. */
    public Outcome apply(MetricSample sample, Instant now, EvaluationState state) {
        SystemActivity activity = state.systems().get(sample.system());
        if (activity != null && forgotten(activity, now)) {
            // As a sweep would have: a system silent for the retention starts afresh.
            state.standings().remove(sample.system());
        }
        int alertSeries = activity == null ? 0 : activity.alertSeries();
        List<SystemEvent> decisions = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        boolean late = false;
        if (PhaseMachine.METRIC.equals(sample.name())) {
            SystemPhases.Result phase = phases.apply(sample, now, state.standings());
            decisions.addAll(phase.decisions());
            late = phase.late();
            if (phase.bounded()) {
                bounds.add(Limits.MAX_SERIES);
            }
        }
        SeriesAlerts.Result alerted = alerts.apply(sample, now, rules.get().matching(sample), alertSeries,
                state.alerts());
        decisions.addAll(alerted.decisions());
        bounds.addAll(alerted.bounds());
        if (activity == null || activity.alertSeries() != alerted.alertSeries()
                || !now.isBefore(activity.lastArrival().plus(ACTIVITY_RESOLUTION))) {
            state.systems().put(sample.system(), new SystemActivity(now, alerted.alertSeries()));
        }
        return new Outcome(decisions, late || alerted.late(), bounds);
    }

    /** Ends, at stream time {@code now}, whatever has gone; forgets systems silent for the retention. */
    public Sweep sweep(Instant now, EvaluationState state) {
        return new Sweeping(this, limits.staleness(), rules.get(), alerts, phases, now).run(state);
    }

    boolean forgotten(SystemActivity activity, Instant now) {
        return !now.isBefore(activity.lastArrival().plus(limits.systemRetention()));
    }
}
