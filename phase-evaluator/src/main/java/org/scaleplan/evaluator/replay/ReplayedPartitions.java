package org.scaleplan.evaluator.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.EvaluationState;

/**
 * Each partition a replay reads, kept as the evaluator's task for that partition keeps it: its own state, its stream
 * time (the newest arrival stamp read), and a sweep each time the stream time passes the sweep interval.
 */
final class ReplayedPartitions {

    private final Evaluation evaluation;
    private final long sweepMillis;
    private final Map<Integer, Partition> partitions = new HashMap<>();

    ReplayedPartitions(Evaluation evaluation, Duration sweepInterval) {
        this.evaluation = evaluation;
        this.sweepMillis = sweepInterval.toMillis();
    }

    /**
     * What one record of {@code partition} stamped {@code arrival} leads to: the decisions of {@code sample} (null
     * for a record that is only read, not evaluated), then those of a sweep the stream time has come to.
     */
    List<SystemEvent> read(int partition, long arrival, MetricSample sample) {
        Partition read = partitions.computeIfAbsent(partition, p -> new Partition());
        read.streamTime = Math.max(read.streamTime, arrival);
        Instant now = Instant.ofEpochMilli(read.streamTime);
        List<SystemEvent> decisions = new ArrayList<>();
        if (sample != null) {
            decisions.addAll(evaluation.apply(sample, now, read.state).decisions());
        }
        if (read.streamTime >= read.nextSweep) {
            decisions.addAll(evaluation.sweep(now, read.state).decisions());
            read.nextSweep = (read.streamTime / sweepMillis + 1) * sweepMillis;
        }
        return decisions;
    }

    private static final class Partition {

        private final EvaluationState state = EvaluationState.inMemory();
        private long streamTime = Long.MIN_VALUE;
        private long nextSweep = Long.MIN_VALUE;
    }
}
