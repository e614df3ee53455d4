package org.scaleplan.messaging.streams;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.UnreadableEventException;

/**
 * What a Kafka Streams processor of Scaleplan does with records, as the binder's consumers and producers do: read
 * a contract record by its {@code ce_type} header, forward a decision with CloudEvents headers to its topic (sink
 * names are topic names), and set a record it cannot process aside in a dead-letter topic with the reason in
 * {@code x-exception-*} and its origin in {@code x-original-*} headers.
 */
public final class StreamRecords {

    private StreamRecords() {
    }

    /**
     * @throws UnreadableEventException if the record has no {@code ce_type} header or is not a record of that type
     */
    public static ScaleplanEvent read(Record<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
            throw new UnreadableEventException("no " + CloudEventHeaders.TYPE + " header");
        }
        return EventJson.read(record.value(), new String(type.value(), StandardCharsets.UTF_8));
    }

    /** The record's {@code ce_type}, or "none", for metrics of what was consumed. */
    public static String type(Record<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null ? "none" : new String(type.value(), StandardCharsets.UTF_8);
    }

    /**
     * Forwards {@code event} to the sink named after its topic, keyed by its key and stamped with its time.
     *
     * @return its type
     * @throws IllegalStateException if {@code source} may not publish it (one writer per topic)
     */
    public static EventType forward(ProcessorContext<String, byte[]> context, ScaleplanEvent event, String source) {
        EventType type = EventTypes.writableBy(event, source);
        Headers headers = new RecordHeaders();
        for (Map.Entry<String, String> header : CloudEventHeaders.of(event, source).entrySet()) {
            put(headers, header.getKey(), header.getValue());
        }
        context.forward(new Record<>(event.key(), EventJson.write(event), event.occurredAt().toEpochMilli(), headers),
                type.topic());
        return type;
    }

    /** Forwards {@code record} unchanged but for the reason and origin headers to the sink {@code deadLetters}. */
    public static void deadLetter(ProcessorContext<String, byte[]> context, Record<String, byte[]> record,
            RuntimeException reason, String deadLetters) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, "x-exception-message", String.valueOf(reason.getMessage()));
        put(headers, "x-exception-fqcn", reason.getClass().getName());
        context.recordMetadata().ifPresent((RecordMetadata origin) -> {
            put(headers, "x-original-topic", origin.topic());
            put(headers, "x-original-partition", Integer.toString(origin.partition()));
            put(headers, "x-original-offset", Long.toString(origin.offset()));
        });
        context.forward(record.withHeaders(headers), deadLetters);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
