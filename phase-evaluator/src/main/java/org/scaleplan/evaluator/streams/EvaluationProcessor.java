package org.scaleplan.evaluator.streams;

import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.UnreadableEventException;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.rules.RuleState;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.streams.StreamRecords;

/**
 * Runs each accepted sample through the {@link Evaluation} with this task's stores and forwards the decisions to
 * their topics with CloudEvents headers. A record that is not a readable sample goes to the dead-letter topic with
 * the reason in {@code x-exception-*} headers (as the binder's consumers do), and the partition moves on.
 */
final class EvaluationProcessor implements Processor<String, byte[], String, byte[]> {

    private final Supplier<Evaluation> evaluations;
    private final MeterRegistry meters;
    private ProcessorContext<String, byte[]> context;
    private Evaluation evaluation;
    private JsonStateMap<Standing> standings;
    private JsonStateMap<RuleState> alerts;

    EvaluationProcessor(Supplier<Evaluation> evaluations, MeterRegistry meters) {
        this.evaluations = evaluations;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.evaluation = evaluations.get();
        this.standings = new JsonStateMap<>(context.getStateStore(EvaluatorTopology.STANDINGS), Standing.class);
        this.alerts = new JsonStateMap<>(context.getStateStore(EvaluatorTopology.ALERTS), RuleState.class);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (SampleFilter.passesOver(record.headers(), evaluation::reads)) {
            return;
        }
        String type = StreamRecords.type(record);
        MetricSample sample;
        List<SystemEvent> decisions;
        try {
            sample = sample(record);
        } catch (RuntimeException e) {
            reject(record, type, e);
            return;
        }
        meters.counter("scaleplan.events.consumed", "type", type).increment();
        try {
            decisions = evaluation.apply(sample, standings, alerts);
        } catch (RuntimeException e) {
            // A sample the decision code refuses must not stop the partition: set it aside with the reason.
            reject(record, type, e);
            return;
        }
        for (SystemEvent decision : decisions) {
            EventType decided = StreamRecords.forward(context, decision, EvaluatorTopology.SOURCE_NAME);
            meters.counter("scaleplan.events.published", "type", decided.type()).increment();
        }
    }

    private void reject(Record<String, byte[]> record, String type, RuntimeException reason) {
        meters.counter("scaleplan.events.rejected", "type", type).increment();
        StreamRecords.deadLetter(context, record, reason, EvaluatorTopology.DEAD_LETTERS);
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
