package org.scaleplan.messaging.streams;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.scaleplan.contracts.CloudEventHeaders;

/**
 * Event time for Kafka Streams: a record's time is its {@code ce_time} header (the event's own {@code occurredAt},
 * a sample's timestamp), read without decoding the record. Stream time, and so every punctuation on it, then follows
 * the samples' own clock, as decisions do (DESIGN.md 4), and a replay of the same records sees the same times. A
 * record without a readable {@code ce_time} keeps the time Kafka stamped on it.
 */
public final class EventTimeExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
        if (time != null) {
            try {
                long eventTime = Instant.parse(new String(time.value(), StandardCharsets.UTF_8)).toEpochMilli();
                if (eventTime >= 0) {
                    return eventTime;
                }
            } catch (DateTimeParseException | ArithmeticException unreadable) {
                // Not a time Kafka can keep: the record's own stamp will do (a bad record goes to the dead letters).
            }
        }
        return record.timestamp();
    }
}
