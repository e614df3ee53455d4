package org.scaleplan.security.streams;

import java.time.Instant;
import java.util.List;

import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.security.detection.Detected;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.Overflow;

/**
 * Detection as one task runs it: each sample and access event through {@link Detection} with the task's store at
 * the stream time it arrived, each bound it met counted, and the sweeps its punctuator asks for.
 */
final class DetectionStep {

    private final Detection detection;
    private final JsonStore store;
    private final Bounds bounds;

    DetectionStep(Detection detection, JsonStore store, Bounds bounds) {
        this.detection = detection;
        this.store = store;
        this.bounds = bounds;
    }

    List<Overflow> apply(MetricSample sample, Instant now) {
        return counted(detection.apply(sample, now, store));
    }

    List<Overflow> apply(ActionAudited event, Instant now) {
        return counted(detection.apply(event, now, store));
    }

    /** Ends what has gone by stream time {@code now}. */
    void sweep(Instant now) {
        detection.sweep(now, store);
    }

    private List<Overflow> counted(Detected detected) {
        detected.reached().forEach(bound -> bounds.reached(bound.setting(), detection.limits().of(bound),
                bound.outcome()));
        return detected.overflows();
    }
}
