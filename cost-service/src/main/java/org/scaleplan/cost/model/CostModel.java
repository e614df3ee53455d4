package org.scaleplan.cost.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * How Scaleplan prices what it cannot read off a bill: resource gauges by the hour, and the infrastructure each
 * growth phase needs (the seed's phases: phase 2 adds load balancing and database replicas, and so on).
 *
 * @param resources priced gauges, e.g. {@code cpu_cores} at 0.04 USD per core-hour, in category {@code server}
 * @param phases for each phase 1 to 4, the monthly USD of each piece of infrastructure it adds to the phases below
 */
public record CostModel(List<ResourcePrice> resources, Map<Integer, Map<String, BigDecimal>> phases) {

    /**
     * One priced gauge.
     *
     * @param utilization the gauge (0 to 1) of how busy the resource is, e.g. {@code cpu_utilization} for
     *        {@code cpu_cores}; a resource that stays almost idle gets an optimisation hint. Absent: none is sent.
     */
    public record ResourcePrice(String metric, String category, double usdPerUnitHour, @Nullable String utilization) {

        public ResourcePrice {
            Require.text(metric, "metric");
            Require.text(category, "category");
            if (!(usdPerUnitHour >= 0) || Double.isInfinite(usdPerUnitHour)) {
                throw new IllegalArgumentException("usd-per-unit-hour must be a number of at least 0, was "
                        + usdPerUnitHour);
            }
        }
    }

    public CostModel {
        resources = Require.list(resources);
        Map<Integer, Map<String, BigDecimal>> sorted = new TreeMap<>();
        Require.present(phases, "phases").forEach((phase, items) -> sorted.put(Require.between(phase, 1, 4, "phase"),
                Collections.unmodifiableMap(new TreeMap<>(items))));
        phases = Collections.unmodifiableMap(sorted);
    }

    /** The price of {@code metric}, if it is a priced gauge. */
    public Optional<ResourcePrice> price(String metric) {
        return resources.stream().filter(r -> r.metric().equals(metric)).findFirst();
    }

    /** The priced resources whose utilization {@code metric} measures. */
    public List<ResourcePrice> measuredBy(String metric) {
        return resources.stream().filter(r -> metric.equals(r.utilization())).toList();
    }

    /** The monthly infrastructure of {@code phase}: its own pieces and those of every phase below it. */
    public BigDecimal monthlyInfrastructure(int phase) {
        return phases.entrySet().stream()
                .filter(entry -> entry.getKey() <= phase)
                .flatMap(entry -> entry.getValue().values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
