package org.scaleplan.security.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
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
import org.scaleplan.messaging.streams.ArrivalClock;
import org.scaleplan.messaging.streams.StreamRecords;
import org.scaleplan.security.decisions.DecisionBook;
import org.scaleplan.security.decisions.DecisionCommand;
import org.scaleplan.security.decisions.DecisionMaker;
import org.scaleplan.security.detection.Overflow;
import org.scaleplan.security.posture.PostureChanges;

/**
 * Runs each record about a system through detection, decisions or posture with the system's state from the
 * stores, and forwards what it decided. Every {@code sweep-interval} of stream time it ends the detection state that
 * has gone; every second (wall clock) it expires the decisions whose time is up. A record it cannot read or act on
 * goes to its topic's dead-letter topic with the reason.
 */
final class SecurityProcessor implements Processor<String, byte[], String, byte[]> {

    static final Duration EXPIRY_CHECK = Duration.ofSeconds(1);

    private final SecurityTopology.Parts parts;
    private final StoreSizes sizes;
    /** Moved by what detection reads as series (samples, access records) only. */
    private final ArrivalClock arrivals = new ArrivalClock();
    private ProcessorContext<String, byte[]> context;
    private DetectionStep detection;
    private Books books;

    SecurityProcessor(SecurityTopology.Parts parts, StoreSizes sizes) {
        this.parts = parts;
        this.sizes = sizes;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        JsonStore detectionState = new JsonStore(context.getStateStore(SecurityTopology.DETECTION),
                parts.detection().lifetimes());
        this.detection = new DetectionStep(parts.detection(), detectionState, parts.bounds());
        this.books = new Books(context.getStateStore(SecurityTopology.DECISIONS));
        sizes.add(SecurityTopology.DETECTION, this, detectionState);
        sizes.add(SecurityTopology.DECISIONS, this, books);
        // Sweeps are triggered by stream time but judge by the detection inputs' arrival clock: the other topics'
        // records (runbook steps, decisions) could otherwise end series a task catching up has not read yet.
        context.schedule(parts.sweepInterval(), PunctuationType.STREAM_TIME,
                streamTime -> arrivals.now().ifPresent(detection::sweep));
        context.schedule(EXPIRY_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    }

    @Override
    public void close() {
        sizes.remove(this);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(Topics.METRICS);
        if (topic.equals(Topics.METRICS)) {
            // Every sample arriving moves the clock, read or passed over.
            arrivals.arrived(record.timestamp());
        }
        if (SampleFilter.passesOver(record.headers(), parts.detection()::reads)) {
            return;
        }
        String type = StreamRecords.type(record);
        boolean command = topic.equals(DecisionCommand.TOPIC)
                && record.headers().lastHeader(CloudEventHeaders.TYPE) == null;
        List<SystemEvent> decided;
        try {
            decided = command ? command(EventJson.mapper().readValue(record.value(), DecisionCommand.class))
                    : decide(StreamRecords.read(record), record);
        } catch (RuntimeException e) {
            parts.meters().counter("scaleplan.events.rejected", "type", type).increment();
            StreamRecords.deadLetter(context, record, e, SecurityTopology.deadLetters(topic));
            return;
        }
        parts.meters().counter("scaleplan.events.consumed", "type", type).increment();
        decided.forEach(this::forward);
    }

    private List<SystemEvent> decide(ScaleplanEvent event, Record<String, byte[]> record) {
        if (event instanceof MetricSample sample) {
            return act(detection.apply(sample, arrivals.now().orElseThrow()));
        }
        if (event instanceof ActionAudited audited) {
            return audited(audited, record);
        }
        if (event instanceof ActionRequested request && DecisionMaker.handles(request)) {
            return change(request.system(), book -> DecisionMaker.onRequest(book, request, parts.decisionLimits()));
        }
        if (event instanceof PhaseChanged change) {
            return List.of(PostureChanges.of(change, parts.posture()));
        }
        return List.of();
    }

    /**
     * Scaleplan's own access events are detected by the one task that owns the system {@code scaleplan}; with no
     * scenario reading them they are not routed at all.
     */
    private List<SystemEvent> audited(ActionAudited audited, Record<String, byte[]> record) {
        if (!parts.detection().watchesAccess()) {
            return List.of();
        }
        if (!DecisionStore.SCALEPLAN.equals(record.key())) {
            context.forward(record.withKey(DecisionStore.SCALEPLAN), DecisionCommand.TOPIC);
            return List.of();
        }
        return act(detection.apply(new ActionAudited(audited.eventId(), audited.occurredAt(), null,
                audited.service(), audited.actorKeyId(), audited.actorName(), audited.action(), audited.path(),
                audited.status(), audited.outcome()), arrivals.arrived(record.timestamp())));
    }

    private List<SystemEvent> act(List<Overflow> overflows) {
        List<SystemEvent> events = new ArrayList<>();
        for (Overflow overflow : overflows) {
            parts.meters().counter("scaleplan.security.detections", "scenario", overflow.scenario().id(),
                    "mode", overflow.scenario().mode().name()).increment();
            events.addAll(change(overflow.system(),
                    book -> DecisionMaker.onOverflow(book, overflow, parts.decisionLimits())));
        }
        return events;
    }

    private List<SystemEvent> command(DecisionCommand command) {
        return change(command.system(), book -> DecisionMaker.onCommand(book, command, parts.decisionLimits()));
    }

    private List<SystemEvent> change(String system,
            Function<DecisionBook, DecisionBook.Change<SystemEvent>> decision) {
        DecisionBook.Change<SystemEvent> change = decision.apply(books.of(system));
        books.put(system, change.book());
        change.reached().forEach(bound -> parts.bounds().reached(bound.setting(), parts.decisionLimits().of(bound),
                bound.outcome()));
        return change.events();
    }

    private void expire() {
        for (KeyValue<String, DecisionBook> entry : books.all()) {
            DecisionBook.Change<?> change = entry.value.expire(parts.clock().instant());
            if (!change.book().equals(entry.value)) {
                books.put(entry.key, change.book());
                change.events().forEach(expired -> forward((SystemEvent) expired));
            }
        }
    }

    private void forward(SystemEvent event) {
        EventType type = StreamRecords.forward(context, event, SecurityTopology.SOURCE_NAME);
        parts.meters().counter("scaleplan.events.published", "type", type.type()).increment();
    }
}
