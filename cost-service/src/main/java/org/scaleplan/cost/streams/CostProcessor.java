package org.scaleplan.cost.streams;

import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.scaleplan.contracts.EventJson;
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
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.streams.StreamRecords;

/**
 * Runs each record about a system through the {@link CostEvaluation} with the system's {@link SystemCosts} from the
 * store, writes the new costs back and forwards the decisions. A record it cannot read or decide on goes to its
 * topic's dead-letter topic with the reason, and the partition moves on.
 */
final class CostProcessor implements Processor<String, byte[], String, byte[]> {

    private final CostEvaluation evaluation;
    private final MeterRegistry meters;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> store;

    CostProcessor(CostEvaluation evaluation, MeterRegistry meters) {
        this.evaluation = evaluation;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(CostTopology.COSTS);
    }

    @Override
    public void process(Record<String, byte[]> record) {
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
            String origin = context.recordMetadata().map(RecordMetadata::topic).orElse(Topics.METRICS);
            StreamRecords.deadLetter(context, record, e, CostTopology.deadLetters(origin));
            return;
        }
        meters.counter("scaleplan.events.consumed", "type", type).increment();
        for (SystemEvent decision : decisions) {
            EventType decided = StreamRecords.forward(context, decision, CostTopology.SOURCE_NAME);
            meters.counter("scaleplan.events.published", "type", decided.type()).increment();
        }
    }

    private List<SystemEvent> decide(ScaleplanEvent event) {
        if (event instanceof MetricSample sample) {
            if (!Double.isFinite(sample.value())) {
                throw new UnreadableEventException(sample.name() + " must be a finite number, was " + sample.value());
            }
            SystemCosts before = costs(sample.system());
            CostEvaluation.Result result = evaluation.apply(before, sample);
            if (result.costs() != before) {
                save(sample.system(), result.costs());
            }
            return result.events();
        }
        if (event instanceof PhaseChanged change) {
            return List.of(evaluation.project(costs(change.system()), change));
        }
        if (event instanceof BudgetSet set) {
            save(set.system(), costs(set.system()).withBudget(new Budget(set.monthlyUsd(), set.thresholds(),
                    Set.copyOf(set.basis()))));
            return List.of();
        }
        if (event instanceof BudgetRemoved removed) {
            save(removed.system(), costs(removed.system()).withBudget(null));
            return List.of();
        }
        if (event instanceof PhaseForecast) {
            return List.of();
        }
        throw new UnreadableEventException(event.getClass().getSimpleName() + " is not read by cost-service");
    }

    private SystemCosts costs(String system) {
        byte[] json = store.get(system);
        return json == null ? SystemCosts.empty() : EventJson.mapper().readValue(json, SystemCosts.class);
    }

    private void save(String system, SystemCosts costs) {
        store.put(system, EventJson.mapper().writeValueAsBytes(costs));
    }
}
