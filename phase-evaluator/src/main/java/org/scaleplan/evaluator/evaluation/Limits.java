package org.scaleplan.evaluator.evaluation;

import java.time.Duration;

import org.scaleplan.contracts.metrics.Staleness;

/**
 * How long the evaluator keeps state and how much (DESIGN.md 6). Each bound, when reached, is reported under its
 * setting's name.
 *
 * @param staleness a series that sent nothing for this long has gone ({@code scaleplan.evaluator.staleness})
 * @param systemRetention a system that sent nothing for this long is forgotten, its phase included
 * @param maxSeriesPerSystem the most {@code active_users} series of one system that count
 * @param maxAlertSeriesPerSystem the most series of one system that alert rules keep a state for
 * @param maxWindowPoints the most points one rule keeps of one series (beyond it, the oldest are dropped)
 */
public record Limits(Staleness staleness, Duration systemRetention, int maxSeriesPerSystem,
        int maxAlertSeriesPerSystem, int maxWindowPoints) {

    public static final String MAX_SERIES = "scaleplan.evaluator.max-series-per-system";
    public static final String MAX_ALERT_SERIES = "scaleplan.evaluator.max-alert-series-per-system";
    public static final String MAX_WINDOW_POINTS = "scaleplan.evaluator.max-window-points";

    /** The settings' defaults. */
    public static final Limits DEFAULTS = new Limits(Staleness.DEFAULT, Duration.ofDays(30), 10_000, 10_000, 1_000);

    public Limits {
        if (staleness == null || systemRetention == null || systemRetention.compareTo(staleness.period()) <= 0) {
            throw new IllegalArgumentException("system-retention must be longer than the staleness period");
        }
        if (maxSeriesPerSystem < 1 || maxAlertSeriesPerSystem < 1 || maxWindowPoints < 2) {
            throw new IllegalArgumentException("max-series-per-system and max-alert-series-per-system must be at"
                    + " least 1, max-window-points at least 2");
        }
    }
}
