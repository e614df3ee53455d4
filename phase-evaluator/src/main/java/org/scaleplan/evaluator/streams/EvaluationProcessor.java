package org.scaleplan.evaluator.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.UnreadableEventException;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.rules.RuleState;

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
        String type = header(record.headers(), CloudEventHeaders.TYPE);
        MetricSample sample;
        try {
            sample = sample(record.value(), type);
        } catch (RuntimeException e) {
            meters.counter("scaleplan.events.rejected", "type", type == null ? "none" : type).increment();
            deadLetter(record, e);
            return;
        }
        meters.counter("scaleplan.events.consumed", "type", type).increment();
        List<SystemEvent> decisions;
        try {
            decisions = evaluation.apply(sample, standings, alerts);
        } catch (RuntimeException e) {
            // A sample the decision code refuses must not stop the partition: set it aside with the reason.
            meters.counter("scaleplan.events.rejected", "type", type).increment();
            deadLetter(record, e);
            return;
        }
        for (SystemEvent decision : decisions) {
            EventType decided = EventTypes.writableBy(decision, EvaluatorTopology.SOURCE_NAME);
            context.forward(new Record<>(decision.key(), EventJson.write(decision),
                    decision.occurredAt().toEpochMilli(), cloudEventHeaders(decision)), decided.topic());
            meters.counter("scaleplan.events.published", "type", decided.type()).increment();
        }
    }

    private static MetricSample sample(byte[] value, String type) {
        if (type == null) {
            throw new UnreadableEventException("no " + CloudEventHeaders.TYPE + " header");
        }
        ScaleplanEvent event = EventJson.read(value, type);
        if (!(event instanceof MetricSample sample)) {
            throw new UnreadableEventException(type + " is not a metric sample");
        }
        if (!Double.isFinite(sample.value())) {
            throw new UnreadableEventException(sample.name() + " must be a finite number, was "
                    + sample.value());
        }
        return sample;
    }

    private void deadLetter(Record<String, byte[]> record, RuntimeException reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        add(headers, "x-exception-message", String.valueOf(reason.getMessage()));
        add(headers, "x-exception-fqcn", reason.getClass().getName());
        context.recordMetadata().ifPresent((RecordMetadata origin) -> {
            add(headers, "x-original-topic", origin.topic());
            add(headers, "x-original-partition", Integer.toString(origin.partition()));
            add(headers, "x-original-offset", Long.toString(origin.offset()));
        });
        context.forward(record.withHeaders(headers), EvaluatorTopology.DEAD_LETTERS);
    }

    private static Headers cloudEventHeaders(ScaleplanEvent event) {
        Headers headers = new RecordHeaders();
        for (Map.Entry<String, String> header : CloudEventHeaders.of(event, EvaluatorTopology.SOURCE_NAME).entrySet()) {
            add(headers, header.getKey(), header.getValue());
        }
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
