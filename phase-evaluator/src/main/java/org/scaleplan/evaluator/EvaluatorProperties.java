package org.scaleplan.evaluator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.evaluator.*}: the phase plan, the forecast and where the alert rules come from. The service and
 * its replay command read the same properties.
 */
@ConfigurationProperties("scaleplan.evaluator")
public record EvaluatorProperties(@DefaultValue Phase phase, @DefaultValue Forecast forecast,
        @DefaultValue Rules rules) {

    /**
     * @param thresholds the lower bounds, in active users, of phases 2, 3 and 4
     * @param stabilizationWindow how long a new level must hold before the phase changes
     * @param tolerance how far (a fraction) under a phase's lower bound users must fall before a move down starts
     * @param grace how far behind the newest sample a sample may arrive and still count
     */
    public record Phase(@DefaultValue({"1000", "5000", "20000"}) List<Long> thresholds,
            @DefaultValue("5m") Duration stabilizationWindow, @DefaultValue("0.1") double tolerance,
            @DefaultValue("30s") Duration grace) {
    }

    /** @param window how far back the growth rate looks */
    public record Forecast(@DefaultValue("1h") Duration window) {
    }

    /** @param dir a directory of rule files ({@code *.yml}, {@code *.yaml}); unset: the shipped defaults */
    public record Rules(@Nullable Path dir) {
    }

    /** The seed's phases and actions with these thresholds, window, tolerance and grace. */
    public PhasePlan plan() {
        return new PhasePlan(phase.thresholds(), phase.stabilizationWindow(), phase.tolerance(), phase.grace(),
                PhasePlan.defaults().phases());
    }
}
