package org.scaleplan.evaluator.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.UnreadableEventException;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.EvaluationState;
import org.scaleplan.evaluator.evaluation.Outcome;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.evaluation.SystemActivity;
import org.scaleplan.evaluator.rules.RuleState;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.streams.ArrivalClock;
import org.scaleplan.messaging.streams.StreamRecords;

/**
 * Runs each accepted sample through the {@link Evaluation} with this task's stores, and sweeps the stores on stream
 * time, forwarding the decisions to their topics with CloudEvents headers. A record that is not a readable sample
 * goes to the dead-letter topic with the reason in {@code x-exception-*} headers (as the binder's consumers do), and
 * the partition moves on.
 */
final class EvaluationProcessor implements Processor<String, byte[], String, byte[]> {

    private final Supplier<Evaluation> evaluations;
    private final Duration sweepInterval;
    private final EvaluatorMetrics metrics;
    private final ArrivalClock arrivals = new ArrivalClock();
    private ProcessorContext<String, byte[]> context;
    private Evaluation evaluation;
    private EvaluationState state;

    EvaluationProcessor(Supplier<Evaluation> evaluations, Duration sweepInterval, EvaluatorMetrics metrics) {
        this.evaluations = evaluations;
        this.sweepInterval = sweepInterval;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.evaluation = evaluations.get();
        this.state = new EvaluationState(
                new JsonStateMap<>(context.getStateStore(EvaluatorTopology.STANDINGS), Standing.class),
                new JsonStateMap<>(context.getStateStore(EvaluatorTopology.ALERTS), RuleState.class),
                new JsonStateMap<>(context.getStateStore(EvaluatorTopology.SYSTEMS), SystemActivity.class));
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        // Every sample arriving moves the clock, read or passed over, as in a replay.
        Instant now = arrivals.arrived(record.timestamp());
        if (SampleFilter.passesOver(record.headers(), evaluation::reads)) {
            return;
        }
        String type = StreamRecords.type(record);
        Outcome outcome;
        try {
            MetricSample sample = sample(record);
            metrics.consumed(type);
            outcome = evaluation.apply(sample, now, state);
        } catch (RuntimeException e) {
            // A sample the decision code refuses must not stop the partition: set it aside with the reason.
            metrics.rejected(type);
            StreamRecords.deadLetter(context, record, e, EvaluatorTopology.DEAD_LETTERS);
            return;
        }
        metrics.outcome(outcome);
        forward(outcome.decisions());
    }

    @Override
    public void close() {
        metrics.closed(context.taskId().toString());
    }

    private void sweep(long streamTime) {
        arrivals.now().ifPresent(this::sweep);
    }

    private void sweep(Instant now) {
        var sweep = evaluation.sweep(now, state);
        metrics.swept(context.taskId().toString(), sweep.sizes());
        forward(sweep.decisions());
    }

    private void forward(List<SystemEvent> decisions) {
        for (SystemEvent decision : decisions) {
            EventType decided = StreamRecords.forward(context, decision, EvaluatorTopology.SOURCE_NAME);
            metrics.published(decided.type());
        }
    }

    private static MetricSample sample(Record<String, byte[]> record) {
        if (!(StreamRecords.read(record) instanceof MetricSample sample)) {
            throw new UnreadableEventException(StreamRecords.type(record) + " is not a metric sample");
        }
        if (!Double.isFinite(sample.value())) {
            throw new UnreadableEventException(sample.name() + " must be a finite number, was "
                    + sample.value());
        }
        return sample;
    }
}
