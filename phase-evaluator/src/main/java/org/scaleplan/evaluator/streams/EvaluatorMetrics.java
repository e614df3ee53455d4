package org.scaleplan.evaluator.streams;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.scaleplan.evaluator.evaluation.Limits;
import org.scaleplan.evaluator.evaluation.Outcome;
import org.scaleplan.evaluator.evaluation.Sweep;
import org.scaleplan.messaging.Bounds;

/**
 * What the evaluator tells {@code /actuator/prometheus}: records consumed, rejected and published by type, samples
 * ignored as late ({@code scaleplan_samples_late_total}), bounds reached, and the keys and bytes of each store as its
 * last sweep found them, over the tasks of this instance ({@code scaleplan_store_keys{store=...}},
 * {@code scaleplan_store_bytes{store=...}}).
 */
final class EvaluatorMetrics {

    private final MeterRegistry meters;
    private final Bounds bounds;
    private final Map<String, Long> limits;
    private final Map<String, Map<String, Sweep.Size>> sizesByTask = new ConcurrentHashMap<>();

    EvaluatorMetrics(MeterRegistry meters, Bounds bounds, Limits limits) {
        this.meters = meters;
        this.bounds = bounds;
        this.limits = Map.of(Limits.MAX_SERIES, (long) limits.maxSeriesPerSystem(),
                Limits.MAX_ALERT_SERIES, (long) limits.maxAlertSeriesPerSystem(),
                Limits.MAX_WINDOW_POINTS, (long) limits.maxWindowPoints());
        for (String store : EvaluatorTopology.STORES) {
            Gauge.builder("scaleplan.store.keys", () -> total(store, Sweep.Size::keys)).tag("store", store)
                    .register(meters);
            Gauge.builder("scaleplan.store.bytes", () -> total(store, Sweep.Size::bytes)).tag("store", store)
                    .register(meters);
        }
    }

    void consumed(String type) {
        meters.counter("scaleplan.events.consumed", "type", type).increment();
    }

    void rejected(String type) {
        meters.counter("scaleplan.events.rejected", "type", type).increment();
    }

    void published(String type) {
        meters.counter("scaleplan.events.published", "type", type).increment();
    }

    void outcome(Outcome outcome) {
        if (outcome.late()) {
            meters.counter("scaleplan.samples.late").increment();
        }
        outcome.bounds().forEach(bound -> bounds.reached(bound, limits.get(bound), switch (bound) {
            case Limits.MAX_SERIES -> "a new active_users series of the system was not counted";
            case Limits.MAX_ALERT_SERIES -> "alert rules did not keep a state for a new series of the system";
            default -> "a rule dropped the oldest points of a series' window";
        }));
    }

    void swept(String task, Map<String, Sweep.Size> sizes) {
        sizesByTask.put(task, sizes);
    }

    /** A task that closed (its partition moved away) no longer counts here. */
    void closed(String task) {
        sizesByTask.remove(task);
    }

    private double total(String store, ToLongFunction<Sweep.Size> measure) {
        return sizesByTask.values().stream().map(sizes -> sizes.get(store)).filter(Objects::nonNull)
                .mapToLong(measure).sum();
    }
}
