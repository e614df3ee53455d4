package org.scaleplan.cost.spend;

import java.time.Duration;
import java.time.Instant;

import org.scaleplan.contracts.metrics.Staleness;

/** Samples of spend series, each arriving at its own time. */
final class Fixtures {

    /** For samples up to an hour apart, as a billing export reports costs: longer than the gaps between them. */
    static final Staleness STALENESS = new Staleness(Duration.ofHours(2));

    private Fixtures() {
    }

    static CounterSeries counter(Instant at, double value) {
        return CounterSeries.counter(at, value, at);
    }

    static CounterSeries gauge(Instant at, double value, double usdPerUnitHour) {
        return CounterSeries.gauge(at, value, usdPerUnitHour, at);
    }
}
