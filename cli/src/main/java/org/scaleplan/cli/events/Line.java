package org.scaleplan.cli.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.UnreadableEventException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one line {@code events} prints for a consumed record: a pure function of the record, so every case is tested
 * without a broker. A record that cannot be read still gets its line, naming where it sits and why, and the tail
 * goes on: a display tool must show a poison record, not stop at it.
 */
public final class Line {

    private static final String TYPE_PREFIX = "scaleplan.";
    /** Wide enough for every short type but the rare {@code cost.budget-threshold-crossed}, so the columns align. */
    private static final String FORMAT = "%s  %-26s  %s  %s";

    private Line() {
    }

    /** {@code 2026-11-27T10:05:00Z  phase.changed               shop-prod  phase 1 → 2 (Growth) at ...}. */
    public static String of(ConsumerRecord<String, byte[]> record) {
        try {
            ScaleplanEvent event = decode(record);
            return String.format(FORMAT, Formats.seconds(event.occurredAt()), shortType(event),
                    event.key(), Gist.of(event));
        } catch (RuntimeException e) {
            return String.format("? %s-%d@%d unreadable: %s", record.topic(), record.partition(), record.offset(),
                    reason(e));
        }
    }

    /**
     * One JSON object per line, for {@code jq}: where the record sits, its {@code ce_type} (which the value alone
     * does not carry) and the value as published, unknown fields included. An unreadable record gets an object with
     * {@code unreadable} instead of {@code event}, so the output stays valid JSON lines.
     */
    static String json(ConsumerRecord<String, byte[]> record) {
        ObjectNode line = EventJson.mapper().createObjectNode()
                .put("topic", record.topic())
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("key", record.key());
        try {
            ScaleplanEvent event = decode(record);
            line.put("type", EventTypes.of(event.getClass()).type());
            line.set("event", EventJson.mapper().readTree(record.value()));
        } catch (RuntimeException e) {
            line.put("unreadable", reason(e));
        }
        return EventJson.mapper().writeValueAsString(line);
    }

    private static ScaleplanEvent decode(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null || type.value() == null) {
            throw new UnreadableEventException("no " + CloudEventHeaders.TYPE + " header");
        } else if (record.value() == null) {
            throw new UnreadableEventException("no value (a tombstone)");
        }
        return EventJson.read(record.value(), new String(type.value(), StandardCharsets.UTF_8));
    }

    private static String shortType(ScaleplanEvent event) {
        String type = EventTypes.of(event.getClass()).type();
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    /** The first line of the message: JSON parsers append the offending source over several lines. */
    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
