package org.scaleplan.cost.evaluation;

import org.jspecify.annotations.Nullable;

/** Why a sample was not counted. */
public enum Dropped {

    /**
     * It was no newer than its own series' newest sample (a retry, or out of order): counting it would count that
     * spend twice. Lateness is judged per series only, never against the system's other series.
     */
    LATE(null, "the sample was not counted"),
    /** Its category would have been one more than {@link Limits#categoriesPerSystem}. */
    CATEGORIES_PER_SYSTEM("max-categories-per-system", "the sample of a new category was not counted"),
    /** Its series would have been one more than {@link Limits#seriesPerCategory}. */
    SERIES_PER_CATEGORY("max-series-per-category", "the sample of a new series was not counted"),
    /** Its series would have been one more than {@link Limits#usersSeriesPerSystem}. */
    USERS_SERIES_PER_SYSTEM("max-users-series-per-system", "the sample of a new active_users series was not counted");

    private final @Nullable String setting;
    private final String outcome;

    Dropped(@Nullable String setting, String outcome) {
        this.setting = setting;
        this.outcome = outcome;
    }

    /** The {@code scaleplan.cost.*} setting of the limit it met, or null for a late sample. */
    public @Nullable String setting() {
        return setting;
    }

    /** What was done about it. */
    public String outcome() {
        return outcome;
    }
}
