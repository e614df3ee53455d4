package org.scaleplan.cost.evaluation;

/**
 * How much of one system cost-service keeps (DESIGN.md 6): the label values a client invents must not grow its state
 * without end. A sample that would pass a limit is not counted, and the result says so ({@link Dropped}).
 *
 * @param categoriesPerSystem cost categories of one system (the seed has 8)
 * @param seriesPerCategory live series (counters and priced gauges) of one category of one system
 * @param usersSeriesPerSystem live {@code active_users} series of one system
 */
public record Limits(int categoriesPerSystem, int seriesPerCategory, int usersSeriesPerSystem) {

    public Limits {
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
