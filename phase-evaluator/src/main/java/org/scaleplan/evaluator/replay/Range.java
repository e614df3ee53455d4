package org.scaleplan.evaluator.replay;

import java.time.Instant;
import java.util.Objects;

import org.scaleplan.contracts.metrics.MetricSample;

/**
 * The samples a replay runs: those stamped within {@code [from, to)}, of one system or all.
 *
 * @param from the first sample time included
 * @param to the first sample time excluded
 * @param system only this system's samples; null for all
 */
public record Range(Instant from, Instant to, String system) {

    public Range {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from must be before --to, was " + from + " and " + to);
        }
    }

    boolean includes(MetricSample sample) {
        return !sample.occurredAt().isBefore(from) && sample.occurredAt().isBefore(to)
                && (system == null || system.equals(sample.system()));
    }
}
