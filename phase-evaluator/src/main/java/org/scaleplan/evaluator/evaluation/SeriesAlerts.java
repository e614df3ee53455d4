package org.scaleplan.evaluator.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.evaluator.rules.RuleEvaluator;
import org.scaleplan.evaluator.rules.RuleState;

/**
 * The alert side of an {@link Evaluation}: one {@link RuleState} per rule and series, keyed
 * {@code system/Rule{labels}}. The state of a series that has gone ends before anything else happens to it: its
 * firing alert resolves as of the series' end, saying so, and a sample that comes back later starts afresh.
 */
final class SeriesAlerts {

    /** What one sample did to the alerts of its series. */
    record Result(List<SystemEvent> decisions, boolean late, List<String> bounds, int alertSeries) {
    }

    private final Limits limits;

    SeriesAlerts(Limits limits) {
        this.limits = limits;
    }

    static String key(RuleEvaluator evaluator, MetricSample sample) {
        return sample.system() + "/" + evaluator.rule().name() + SeriesLabels.text(sample.labels());
    }

    /**
     * Applies {@code sample}, arriving at stream time {@code now}, to every rule of {@code evaluators}; the system
     * holds {@code alertSeries} states.
     */
    Result apply(MetricSample sample, Instant now, List<RuleEvaluator> evaluators, int alertSeries,
            StateMap<RuleState> alerts) {
        List<SystemEvent> decisions = new ArrayList<>();
        boolean late = false;
        List<String> bounds = new ArrayList<>();
        int count = alertSeries;
        for (RuleEvaluator evaluator : evaluators) {
            String key = key(evaluator, sample);
            RuleState state = alerts.get(key);
            if (state != null && limits.staleness().gone(state.lastArrival(), now)) {
                gone(evaluator, state).ifPresent(decisions::add);
                alerts.remove(key);
                state = null;
                count--;
            }
            if (state == null && count >= limits.maxAlertSeriesPerSystem()) {
                bounds.add(Limits.MAX_ALERT_SERIES);
                continue;
            }
            RuleEvaluator.Step step = evaluator.step(state, sample);
            late |= step.late();
            if (!step.late()) {
                count += state == null ? 1 : 0;
                RuleState next = step.state().keepingNewest(limits.maxWindowPoints());
                if (next != step.state()) {
                    bounds.add(Limits.MAX_WINDOW_POINTS);
                }
                next = next.arrived(now);
                alerts.put(key, next);
                step.event().ifPresent(decisions::add);
            }
        }
        return new Result(decisions, late, bounds, count);
    }

    /** The end of a gone series' state: its firing alert resolved as of the series' end. */
    Optional<SystemEvent> gone(RuleEvaluator evaluator, RuleState state) {
        Instant endedAt = limits.staleness().endedAt(state.latest());
        String period = limits.staleness().period().toString().substring(2).toLowerCase(Locale.ROOT);
        return evaluator.gone(state, endedAt, "series gone: no sample for " + period + " after " + state.latest())
                .map(SystemEvent.class::cast);
    }
}
