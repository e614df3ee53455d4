package org.scaleplan.evaluator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.evaluator.evaluation.Limits;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.evaluator.*}: the phase plan, the forecast, where the alert rules come from, and how long and how
 * much state is kept ({@link Limits}). The service and its replay command read the same properties.
 *
 * @param staleness a series that sent nothing for this long has gone: it stops counting and its alerts resolve
 * @param systemRetention a system that sent nothing for this long is forgotten, its phase included
 * @param maxSeriesPerSystem the most {@code active_users} series of one system that count
 * @param maxAlertSeriesPerSystem the most series of one system alert rules keep a state for
 * @param maxWindowPoints the most points a rule keeps of one series
 * @param sweepInterval how often, in stream time, the stores are swept for what has gone
 */
@ConfigurationProperties("scaleplan.evaluator")
public record EvaluatorProperties(@DefaultValue Phase phase, @DefaultValue Forecast forecast,
        @DefaultValue Rules rules, @DefaultValue("5m") Duration staleness, @DefaultValue("30d") Duration systemRetention,
        @DefaultValue("10000") int maxSeriesPerSystem, @DefaultValue("10000") int maxAlertSeriesPerSystem,
        @DefaultValue("1000") int maxWindowPoints, @DefaultValue("1m") Duration sweepInterval) {

    /**
     * @param thresholds the lower bounds, in active users, of phases 2, 3 and 4
     * @param stabilizationWindow how long a new level must hold before the phase changes
     * @param tolerance how far (a fraction) under a phase's lower bound users must fall before a move down starts
     */
    public record Phase(@DefaultValue({"1000", "5000", "20000"}) List<Long> thresholds,
            @DefaultValue("5m") Duration stabilizationWindow, @DefaultValue("0.1") double tolerance) {
    }

    /** @param window how far back the growth rate looks */
    public record Forecast(@DefaultValue("1h") Duration window) {
    }

    /** @param dir a directory of rule files ({@code *.yml}, {@code *.yaml}); unset: the shipped defaults */
    public record Rules(@Nullable Path dir) {
    }

    /** The seed's phases and actions with these thresholds, window and tolerance. */
    public PhasePlan plan() {
        return new PhasePlan(phase.thresholds(), phase.stabilizationWindow(), phase.tolerance(),
                PhasePlan.defaults().phases());
    }

    public Limits limits() {
        return new Limits(new Staleness(staleness), systemRetention, maxSeriesPerSystem, maxAlertSeriesPerSystem,
                maxWindowPoints);
    }
}
