package org.scaleplan.evaluator.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.evaluator.phase.PhaseForecaster;
import org.scaleplan.evaluator.phase.PhaseMachine;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.phase.PhaseState;
import org.scaleplan.evaluator.phase.Trend;
import org.scaleplan.evaluator.rules.RuleEvaluator;
import org.scaleplan.evaluator.rules.RuleState;

/**
 * What the evaluator decides from one sample, the same live (Kafka Streams stores) and in a replay (maps): the
 * system's phase and forecast from {@code active_users}, and every alert rule the sample belongs to. Samples must
 * come in partition order, one system at a time per state, as Kafka delivers them.
 */
public final class Evaluation {

    /**
     * A labelled {@code active_users} series that has sent nothing for this long stops counting toward the system's
     * total (as Prometheus stops seeing a series after its 5 minute lookback).
     */
    public static final Duration SERIES_STALE_AFTER = Duration.ofMinutes(5);

    private final PhaseMachine phases;
    private final PhaseForecaster forecaster;
    private final Supplier<RuleSet> rules;

    /** @param rules read once per sample, so a reload applies from the next sample on */
    public Evaluation(PhasePlan plan, Duration forecastWindow, Supplier<RuleSet> rules) {
        this.phases = new PhaseMachine(plan);
        this.forecaster = new PhaseForecaster(plan, forecastWindow);
        this.rules = rules;
    }

    /** Whether samples of {@code metric} can lead to a decision: the phase metric, or one an alert rule watches. */
    public boolean reads(String metric) {
        return PhaseMachine.METRIC.equals(metric) || rules.get().watches(metric);
    }

    /** The decisions {@code sample} leads to, in order; the states are updated in place. */
    public List<SystemEvent> apply(MetricSample sample, StateMap<Standing> standings, StateMap<RuleState> alerts) {
        List<SystemEvent> decisions = new ArrayList<>();
        if (PhaseMachine.METRIC.equals(sample.name())) {
            decidePhase(sample, standings, decisions);
        }
        for (RuleEvaluator evaluator : rules.get().matching(sample)) {
            // Keyed by the series, not the alert's fingerprint: a rule's labels may make two series' alerts alike.
            String series = sample.system() + "/" + evaluator.rule().name() + SeriesLabels.text(sample.labels());
            RuleEvaluator.Step step = evaluator.step(alerts.get(series), sample);
            if (!step.late()) {
                alerts.put(series, step.state());
                step.event().ifPresent(decisions::add);
            }
        }
        return decisions;
    }

    private void decidePhase(MetricSample sample, StateMap<Standing> standings, List<SystemEvent> decisions) {
        Standing before = standings.get(sample.system());
        Map<String, Trend.Point> series = observed(before, sample);
        // The sample's own value for its series (an out-of-order one must count as what it says, not as the newer
        // point kept for the series), plus the other series at their newest.
        String own = SeriesLabels.text(sample.labels());
        double others = series.entrySet().stream().filter(e -> !e.getKey().equals(own))
                .mapToDouble(e -> e.getValue().users()).sum();
        MetricSample total = new MetricSample(sample.eventId(), sample.occurredAt(), sample.system(),
                PhaseMachine.METRIC, Map.of(), others + Math.round(sample.value()), sample.receivedAt());
        PhaseMachine.Step step = phases.step(before == null ? null : before.phase(), total);
        if (step.late()) {
            return;
        }
        step.change().ifPresent(decisions::add);
        Trend trend = before == null ? Trend.empty() : before.trend();
        PhaseForecast published = before == null ? null : before.forecast();
        if (isNewest(step.state(), sample)) {
            PhaseForecaster.Step forecast = forecaster.step(trend, published, step.state(), sample);
            trend = forecast.trend();
            if (forecast.forecast().isPresent()) {
                published = forecast.forecast().get();
                decisions.add(published);
            }
        }
        standings.put(sample.system(), new Standing(step.state(), series, trend, published));
    }

    /** The series after {@code sample}: its own point replaced when newer, stale series dropped. */
    private static Map<String, Trend.Point> observed(Standing before, MetricSample sample) {
        Map<String, Trend.Point> series = new TreeMap<>(before == null ? Map.of() : before.series());
        Trend.Point point = new Trend.Point(sample.occurredAt(), Math.round(sample.value()));
        series.merge(SeriesLabels.text(sample.labels()), point, (old, now) -> now.at().isBefore(old.at()) ? old : now);
        Instant stale = sample.occurredAt().minus(SERIES_STALE_AFTER);
        series.values().removeIf(p -> !p.at().isAfter(stale));
        return series;
    }

    private static boolean isNewest(PhaseState state, MetricSample sample) {
        return state.latest().equals(sample.occurredAt());
    }
}
