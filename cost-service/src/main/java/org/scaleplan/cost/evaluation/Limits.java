package org.scaleplan.cost.evaluation;

import java.time.Duration;

import org.scaleplan.contracts.metrics.Staleness;

/**
 * How long cost-service keeps state about a system and how much (DESIGN.md 6): the label values a client invents
 * must not grow its state without end. A sample that would pass a limit is not counted, and the result says so
 * ({@link Dropped}).
 *
 * @param staleness a series of which nothing arrived for this long has gone ({@code scaleplan.cost.staleness})
 * @param systemRetention a system of which nothing arrived for this long keeps only its budget
 * @param categoriesPerSystem cost categories of one system (the seed has 8)
 * @param seriesPerCategory live series (counters and priced gauges) of one category of one system
 * @param usersSeriesPerSystem live {@code active_users} series of one system
 */
public record Limits(Staleness staleness, Duration systemRetention, int categoriesPerSystem, int seriesPerCategory,
        int usersSeriesPerSystem) {

    public Limits {
        if (staleness == null || systemRetention == null || systemRetention.compareTo(staleness.period()) <= 0) {
            throw new IllegalArgumentException("system-retention must be longer than the staleness period");
        }
        if (categoriesPerSystem < 1 || seriesPerCategory < 1 || usersSeriesPerSystem < 1) {
            throw new IllegalArgumentException("every limit must be at least 1, were " + categoriesPerSystem + ", "
                    + seriesPerCategory + " and " + usersSeriesPerSystem);
        }
    }

    /** The limit a sample {@code dropped} for met. */
    public long of(Dropped dropped) {
        return switch (dropped) {
            case CATEGORIES_PER_SYSTEM -> categoriesPerSystem;
            case SERIES_PER_CATEGORY -> seriesPerCategory;
            case USERS_SERIES_PER_SYSTEM -> usersSeriesPerSystem;
            case LATE -> throw new IllegalArgumentException("a late sample meets no limit");
        };
    }
}
