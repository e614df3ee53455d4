package org.scaleplan.security.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.security.detection.Detected;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.Overflow;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * Detection as one task runs it: each sample and access event through {@link Detection} with the task's store,
 * each bound it met counted, and a sweep of a source's state each time that source's clock has moved on by the
 * sweep interval. The sweep follows detection's own event-time clocks rather than the task's stream time, which
 * the wall-clock times of the other records on the same partitions (incident-service's steps, admins' commands)
 * can carry far from the samples' time, forward or back.
 */
final class DetectionStep {

    private final Detection detection;
    private final JsonStore store;
    private final Bounds bounds;
    private final Duration sweepInterval;
    private final Map<Source, Instant> nextSweep = new EnumMap<>(Source.class);

    DetectionStep(Detection detection, JsonStore store, Bounds bounds, Duration sweepInterval) {
        this.detection = detection;
        this.store = store;
        this.bounds = bounds;
        this.sweepInterval = sweepInterval;
    }

    List<Overflow> apply(MetricSample sample) {
        return after(Source.METRICS, detection.apply(sample, store));
    }

    List<Overflow> apply(ActionAudited event) {
        return after(Source.ACCESS, detection.apply(event, store));
    }

    private List<Overflow> after(Source source, Detected detected) {
        detected.reached().forEach(bound -> bounds.reached(bound.setting(), detection.limits().of(bound),
                bound.outcome()));
        sweepIfDue(source);
        return detected.overflows();
    }

    /** Sweeps on the task's first event of a source, then whenever its clock has passed the next sweep's time. */
    private void sweepIfDue(Source source) {
        Instant clock = detection.clock(source, store);
        Instant next = nextSweep.get(source);
        if (clock == null || next != null && clock.isBefore(next)) {
            return;
        }
        detection.sweep(source, store);
        nextSweep.put(source, clock.plus(sweepInterval));
    }
}
