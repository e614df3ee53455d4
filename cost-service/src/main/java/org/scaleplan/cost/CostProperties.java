package org.scaleplan.cost;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.cost.*}: the cost model and how far spend must rise above its baseline to be an anomaly.
 *
 * @param modelFile the cost model YAML; unset: the shipped {@code cost/cost-model.yml}
 */
@ConfigurationProperties("scaleplan.cost")
public record CostProperties(@Nullable Path modelFile, @DefaultValue Anomaly anomaly) {

    /**
     * @param factor how many times its baseline a category's spend rate must reach
     * @param minImpactUsdPerHour how far above the baseline, in USD an hour, it must be as well
     */
    public record Anomaly(@DefaultValue("3") double factor, @DefaultValue("1") double minImpactUsdPerHour) {
    }
}
