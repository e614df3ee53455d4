package org.scaleplan.cost;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.cost.evaluation.Limits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.cost.*}: the cost model, how far spend must rise above its baseline to be an anomaly, when a series
 * has gone, how much history a forecast needs, and how much of a system is kept (docs/cost.md).
 *
 * @param modelFile the cost model YAML; unset: the shipped {@code cost/cost-model.yml}
 * @param staleness how long nothing of a series may arrive before it has gone and leaves the store
 * @param systemRetention how long nothing of a system may arrive before it keeps only its budget
 * @param sweepInterval how often, in stream time, the store is swept for what has gone
 * @param forecastMinHistory how long a category must have been seen before its spend rate is extrapolated to the
 *        month's end (before that, its forecast is its month-to-date)
 * @param maxCategoriesPerSystem cost categories kept per system
 * @param maxSeriesPerCategory live series kept per category of a system
 * @param maxUsersSeriesPerSystem live {@code active_users} series kept per system
 */
@ConfigurationProperties("scaleplan.cost")
public record CostProperties(@Nullable Path modelFile, @DefaultValue Anomaly anomaly,
        @DefaultValue("5m") Duration staleness, @DefaultValue("35d") Duration systemRetention,
        @DefaultValue("1m") Duration sweepInterval,
        @DefaultValue("24h") Duration forecastMinHistory, @DefaultValue("50") int maxCategoriesPerSystem,
        @DefaultValue("1000") int maxSeriesPerCategory, @DefaultValue("1000") int maxUsersSeriesPerSystem) {

    /**
     * @param factor how many times its baseline a category's spend rate must reach
     * @param minImpactUsdPerHour how far above the baseline, in USD an hour, it must be as well
     */
    public record Anomaly(@DefaultValue("3") double factor, @DefaultValue("1") double minImpactUsdPerHour) {
    }

    Limits limits() {
        return new Limits(new Staleness(staleness), systemRetention, maxCategoriesPerSystem, maxSeriesPerCategory,
                maxUsersSeriesPerSystem);
    }
}
