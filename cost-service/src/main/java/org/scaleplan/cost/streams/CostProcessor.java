package org.scaleplan.cost.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.UnreadableEventException;
import org.scaleplan.contracts.cost.BudgetRemoved;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.evaluation.CostEvaluation;
import org.scaleplan.cost.evaluation.Dropped;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.streams.ArrivalClock;
import org.scaleplan.messaging.streams.StreamRecords;

/**
 * Runs each record about a system through the {@link CostEvaluation} with the system's {@link SystemCosts} from the
 * store, writes the new costs back (or deletes them once they hold nothing) and forwards the decisions. A punctuator
 * on stream time sweeps the store for what has gone, so a system that falls silent ends as one that goes on sending
 * would, and as a replay of the same records would. A record it cannot read or decide on goes to its topic's
 * dead-letter topic with the reason, and the partition moves on.
 */
final class CostProcessor implements Processor<String, byte[], String, byte[]> {

    private final CostEvaluation evaluation;
    private final Duration sweepInterval;
    private final StoreSizes sizes;
    private final MeterRegistry meters;
    private final Bounds bounds;
    /** Moved by samples only: phase changes and budgets are stamped with their own times. */
    private final ArrivalClock arrivals = new ArrivalClock();
    private ProcessorContext<String, byte[]> context;
    private CostStore costs;

    CostProcessor(CostEvaluation evaluation, Duration sweepInterval, StoreSizes sizes, MeterRegistry meters,
            Bounds bounds) {
        this.evaluation = evaluation;
        this.sweepInterval = sweepInterval;
        this.sizes = sizes;
        this.meters = meters;
        this.bounds = bounds;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.costs = new CostStore(context.getStateStore(CostTopology.COSTS));
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(Topics.METRICS);
        if (topic.equals(Topics.METRICS)) {
            arrivals.arrived(record.timestamp());
        }
        if (SampleFilter.passesOver(record.headers(), evaluation::reads)) {
            return;
        }
        String type = StreamRecords.type(record);
        List<SystemEvent> decisions;
        try {
            decisions = decide(StreamRecords.read(record));
        } catch (RuntimeException e) {
            // A record that cannot be read or decided on must not stop the partition: set it aside with the reason.
            meters.counter("scaleplan.events.rejected", "type", type).increment();
            StreamRecords.deadLetter(context, record, e, CostTopology.deadLetters(topic));
            return;
        }
        meters.counter("scaleplan.events.consumed", "type", type).increment();
        publish(decisions);
    }

    @Override
    public void close() {
        sizes.forget(context.taskId());
    }

    private List<SystemEvent> decide(ScaleplanEvent event) {
        if (event instanceof MetricSample sample) {
            Instant now = arrivals.now().orElseThrow();
            if (!Double.isFinite(sample.value())) {
                throw new UnreadableEventException(sample.name() + " must be a finite number, was " + sample.value());
            }
            SystemCosts before = costs.get(sample.system());
            CostEvaluation.Result result = evaluation.apply(before, sample, now);
            result.dropped().ifPresent(this::report);
            costs.put(sample.system(), result.costs());
            return result.events();
        }
        if (event instanceof PhaseChanged change) {
            return List.of(evaluation.project(costs.get(change.system()), change));
        }
        if (event instanceof BudgetSet set) {
            costs.put(set.system(), costs.get(set.system()).withBudget(new Budget(set.monthlyUsd(), set.thresholds(),
                    Set.copyOf(set.basis()))));
            return List.of();
        }
        if (event instanceof BudgetRemoved removed) {
            costs.put(removed.system(), costs.get(removed.system()).withBudget(null));
            return List.of();
        }
        if (event instanceof PhaseForecast) {
            return List.of();
        }
        throw new UnreadableEventException(event.getClass().getSimpleName() + " is not read by cost-service");
    }

    /** Ends what has gone in every system of the store by the samples' arrival clock, and counts what is left. */
    private void sweep(long streamTime) {
        arrivals.now().ifPresent(this::sweep);
    }

    private void sweep(Instant now) {
        sizes.update(context.taskId(), costs.update((system, before) -> {
            CostEvaluation.Result result = evaluation.expire(system, before, now);
            publish(result.events());
            return result.costs();
        }));
    }

    private void publish(List<SystemEvent> decisions) {
        for (SystemEvent decision : decisions) {
            EventType decided = StreamRecords.forward(context, decision, CostTopology.SOURCE_NAME);
            meters.counter("scaleplan.events.published", "type", decided.type()).increment();
        }
    }

    private void report(Dropped dropped) {
        if (dropped == Dropped.LATE) {
            meters.counter("scaleplan.samples.late").increment();
        } else {
            bounds.reached("scaleplan.cost." + dropped.setting(), evaluation.limits().of(dropped), dropped.outcome());
        }
    }
}
