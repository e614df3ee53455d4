package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.SeriesLabels;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * The spend series a sample belongs to: a {@code cost_usd_total} counter by its {@code category} label (kept under
 * its other labels), or a gauge the {@link CostModel} prices (kept under its name and labels, as in PromQL).
 *
 * @param usdPerUnitHour the gauge's price; null for a counter
 */
record SpendSeries(String category, String key, @Nullable Double usdPerUnitHour) {

    static final String UNCATEGORIZED = "uncategorized";

    /** The series of {@code sample}, unless it is neither a cost counter nor a priced gauge. */
    static Optional<SpendSeries> of(MetricSample sample, CostModel model) {
        if (sample.name().equals(CostEvaluation.COST_COUNTER)) {
            Map<String, String> rest = new TreeMap<>(sample.labels());
            String category = rest.remove("category");
            return Optional.of(new SpendSeries(category == null ? UNCATEGORIZED : category, SeriesLabels.text(rest),
                    null));
        }
        return model.price(sample.name()).map(price -> new SpendSeries(price.category(),
                sample.name() + SeriesLabels.text(sample.labels()), price.usdPerUnitHour()));
    }

    /** The category's spend after {@code sample}, which arrived at stream time {@code now}; a new category starts. */
    CategorySpend observe(@Nullable CategorySpend spend, MetricSample sample, Instant now, Staleness staleness) {
        Instant at = sample.occurredAt();
        CategorySpend before = spend != null ? spend : CategorySpend.startingAt(at);
        return before.observed(key, usdPerUnitHour == null ? CounterSeries.counter(at, sample.value(), now)
                : CounterSeries.gauge(at, sample.value(), usdPerUnitHour, now), staleness);
    }
}
