package org.scaleplan.evaluator.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.evaluator.phase.PhaseForecaster;
import org.scaleplan.evaluator.phase.PhaseMachine;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.evaluator.phase.Trend;

/**
 * The phase side of an {@link Evaluation}: a system's active users are the sum of its {@code active_users} series,
 * each at its newest point, and that total drives its {@link PhaseMachine} and {@link PhaseForecaster}.
 *
 * <p>Lateness is judged per series: a sample older than its own series' newest point is late, however far behind
 * the system's other series it is, so a region whose pipeline runs behind the others still counts. A series that
 * has gone ({@link Staleness}: nothing of it arrived for the period) stops counting.
 */
final class SystemPhases {

    /** What one {@code active_users} sample did. */
    record Result(List<SystemEvent> decisions, boolean late, boolean bounded) {
    }

    private final PhaseMachine machine;
    private final PhaseForecaster forecaster;
    private final Limits limits;

    SystemPhases(PhasePlan plan, Duration forecastWindow, Limits limits) {
        this.machine = new PhaseMachine(plan);
        this.forecaster = new PhaseForecaster(plan, forecastWindow);
        this.limits = limits;
    }

    /** Applies {@code sample}, arriving at stream time {@code now}. */
    Result apply(MetricSample sample, Instant now, StateMap<Standing> standings) {
        Standing before = standings.get(sample.system());
        String own = SeriesLabels.text(sample.labels());
        SeriesPoint last = before == null ? null : before.series().get(own);
        Instant at = sample.occurredAt();
        if (last != null && !at.isAfter(last.at())) {
            return new Result(List.of(), true, false);
        }
        Map<String, SeriesPoint> series = current(before, now);
        if (!series.containsKey(own) && series.size() >= limits.maxSeriesPerSystem()) {
            return new Result(List.of(), false, true);
        }
        series.put(own, new SeriesPoint(at, Math.round(sample.value()), now));
        return new Result(decide(sample, before, series, standings), false, false);
    }

    /** The standing's series that have not gone by stream time {@code now}. */
    Map<String, SeriesPoint> current(Standing standing, Instant now) {
        Map<String, SeriesPoint> series = new TreeMap<>(standing == null ? Map.of() : standing.series());
        series.values().removeIf(point -> limits.staleness().gone(point.arrived(), now));
        return series;
    }

    private List<SystemEvent> decide(MetricSample sample, Standing before, Map<String, SeriesPoint> series,
            StateMap<Standing> standings) {
        long users = series.values().stream().mapToLong(SeriesPoint::users).sum();
        Instant at = before == null || sample.occurredAt().isAfter(before.phase().latest()) ? sample.occurredAt()
                : before.phase().latest();
        // The system's total as of its newest point, decided by this sample.
        MetricSample total = new MetricSample(sample.eventId(), at, sample.system(), PhaseMachine.METRIC, Map.of(),
                users, sample.receivedAt());
        PhaseMachine.Step step = machine.step(before == null ? null : before.phase(), total);
        Trend trend = before == null ? Trend.empty() : before.trend();
        PhaseForecast published = before == null ? null : before.forecast();
        PhaseForecaster.Step forecast = forecaster.step(trend, published, step.state(), total);
        List<SystemEvent> decisions = new ArrayList<>();
        step.change().ifPresent(decisions::add);
        forecast.forecast().ifPresent(decisions::add);
        standings.put(sample.system(), new Standing(step.state(), series, forecast.trend(),
                forecast.forecast().orElse(published)));
        return decisions;
    }
}
