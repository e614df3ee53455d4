package org.scaleplan.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a service's state meets one of its bounds (DESIGN.md 6), never silently: each time is counted on
 * {@code /actuator/prometheus} as {@code scaleplan_bound_reached_total{bound="..."}}, and the first time for each
 * bound is logged with what the service did about it.
 */
public final class Bounds {

    private static final Logger log = LoggerFactory.getLogger(Bounds.class);

    private final MeterRegistry meters;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    public Bounds(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * @param bound the setting that bounds it, e.g. {@code scaleplan.evaluator.max-series-per-system}
     * @param limit the bound's value
     * @param outcome what was done instead, e.g. "the sample's new series was not kept"
     */
    public void reached(String bound, long limit, String outcome) {
        meters.counter("scaleplan.bound.reached", "bound", bound).increment();
        if (logged.add(bound)) {
            log.warn("{} ({}) reached: {}. Logged once; every time is counted in "
                    + "scaleplan_bound_reached_total{bound=\"{}\"}", bound, limit, outcome, bound);
        }
    }
}
