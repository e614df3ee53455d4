package org.scaleplan.security.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.streams.StreamRecords;
import org.scaleplan.security.decisions.DecisionBook;
import org.scaleplan.security.decisions.DecisionCommand;
import org.scaleplan.security.decisions.DecisionMaker;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.detection.Overflow;
import org.scaleplan.security.posture.PostureChanges;
import org.scaleplan.security.posture.PosturePlan;

/**
 * Runs each record about a system through detection, decisions or posture with the system's state from the
 * stores, and forwards what it decided; every second (wall clock) it expires the decisions whose time is up. A
 * record it cannot read or act on goes to its topic's dead-letter topic with the reason.
 */
final class SecurityProcessor implements Processor<String, byte[], String, byte[]> {

    static final Duration EXPIRY_CHECK = Duration.ofSeconds(1);

    private final Detection detection;
    private final PosturePlan posture;
    private final Clock clock;
    private final MeterRegistry meters;
    private ProcessorContext<String, byte[]> context;
    private JsonStore detectionState;
    private KeyValueStore<String, byte[]> books;

    SecurityProcessor(Detection detection, PosturePlan posture, Clock clock, MeterRegistry meters) {
        this.detection = detection;
        this.posture = posture;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.detectionState = new JsonStore(context.getStateStore(SecurityTopology.DETECTION));
        this.books = context.getStateStore(SecurityTopology.DECISIONS);
        context.schedule(EXPIRY_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (SampleFilter.passesOver(record.headers(), detection::reads)) {
            return;
        }
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(Topics.METRICS);
        String type = StreamRecords.type(record);
        boolean command = topic.equals(DecisionCommand.TOPIC)
                && record.headers().lastHeader(CloudEventHeaders.TYPE) == null;
        List<SystemEvent> decided;
        try {
            decided = command ? command(EventJson.mapper().readValue(record.value(), DecisionCommand.class))
                    : decide(StreamRecords.read(record), record);
        } catch (RuntimeException e) {
            meters.counter("scaleplan.events.rejected", "type", type).increment();
            StreamRecords.deadLetter(context, record, e, SecurityTopology.deadLetters(topic));
            return;
        }
        meters.counter("scaleplan.events.consumed", "type", type).increment();
        decided.forEach(this::forward);
    }

    private List<SystemEvent> decide(ScaleplanEvent event, Record<String, byte[]> record) {
        if (event instanceof MetricSample sample) {
            return act(detection.apply(sample, detectionState));
        }
        if (event instanceof ActionAudited audited) {
            return audited(audited, record);
        }
        if (event instanceof ActionRequested request && DecisionMaker.handles(request)) {
            return change(request.system(), book -> DecisionMaker.onRequest(book, request));
        }
        if (event instanceof PhaseChanged change) {
            return List.of(PostureChanges.of(change, posture));
        }
        return List.of();
    }

    /**
     * Scaleplan's own access events are detected by the one task that owns the system {@code scaleplan}; with no
     * scenario reading them they are not routed at all.
     */
    private List<SystemEvent> audited(ActionAudited audited, Record<String, byte[]> record) {
        if (!detection.watchesAccess()) {
            return List.of();
        }
        if (!DecisionStore.SCALEPLAN.equals(record.key())) {
            context.forward(record.withKey(DecisionStore.SCALEPLAN), DecisionCommand.TOPIC);
            return List.of();
        }
        return act(detection.apply(new ActionAudited(audited.eventId(), audited.occurredAt(), null,
                audited.service(), audited.actorKeyId(), audited.actorName(), audited.action(), audited.path(),
                audited.status(), audited.outcome()), detectionState));
    }

    private List<SystemEvent> act(List<Overflow> overflows) {
        List<SystemEvent> events = new ArrayList<>();
        for (Overflow overflow : overflows) {
            meters.counter("scaleplan.security.detections", "scenario", overflow.scenario().id(),
                    "mode", overflow.scenario().mode().name()).increment();
            events.addAll(change(overflow.system(), book -> DecisionMaker.onOverflow(book, overflow)));
        }
        return events;
    }

    private List<SystemEvent> command(DecisionCommand command) {
        return change(command.system(), book -> DecisionMaker.onCommand(book, command));
    }

    private List<SystemEvent> change(String system,
            Function<DecisionBook, DecisionBook.Change<SystemEvent>> decision) {
        DecisionBook.Change<SystemEvent> change = decision.apply(book(system));
        books.put(system, EventJson.mapper().writeValueAsBytes(change.book()));
        return change.events();
    }

    private void expire() {
        List<KeyValue<String, DecisionBook>> due = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = books.all()) {
            all.forEachRemaining(entry -> due.add(KeyValue.pair(entry.key,
                    EventJson.mapper().readValue(entry.value, DecisionBook.class))));
        }
        for (KeyValue<String, DecisionBook> entry : due) {
            DecisionBook.Change<?> change = entry.value.expire(clock.instant());
            if (!change.events().isEmpty()) {
                books.put(entry.key, EventJson.mapper().writeValueAsBytes(change.book()));
                change.events().forEach(expired -> forward((SystemEvent) expired));
            }
        }
    }

    private DecisionBook book(String system) {
        byte[] json = books.get(system);
        return json == null ? DecisionBook.empty() : EventJson.mapper().readValue(json, DecisionBook.class);
    }

    private void forward(SystemEvent event) {
        EventType type = StreamRecords.forward(context, event, SecurityTopology.SOURCE_NAME);
        meters.counter("scaleplan.events.published", "type", type.type()).increment();
    }
}
