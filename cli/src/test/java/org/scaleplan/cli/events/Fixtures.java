package org.scaleplan.cli.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;

/** Records for the events tests: contracts' golden files, and consumer records carrying them as published. */
final class Fixtures {

    /** contracts' golden records: one stored example of every record type, checked by its own build. */
    private static final Path GOLDEN = Path.of("..", "contracts", "src", "test", "resources", "golden");

    static final UUID ID = UUID.fromString("00000000-0000-3000-8000-000000000001");
    static final Instant AT = Instant.parse("2026-11-27T10:05:00.250Z");

    private Fixtures() {
    }

    /** The golden record of {@code ceType}, e.g. {@code scaleplan.phase.changed}. */
    static ScaleplanEvent golden(String ceType) {
        try {
            return EventJson.read(Files.readAllBytes(GOLDEN.resolve(ceType + ".json")), ceType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code event} as its producer publishes it: keyed, JSON, with its CloudEvents headers. */
    static ConsumerRecord<String, byte[]> published(long offset, ScaleplanEvent event) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(event, EventTypes.of(event.getClass()).producer())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record(EventTypes.of(event.getClass()).topic(), offset, event.key(), EventJson.write(event), headers);
    }

    /** A record as the consumer hands it over, with whatever headers and value a test needs. */
    static ConsumerRecord<String, byte[]> record(String topic, long offset, String key, byte[] value,
            Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, text) -> recordHeaders.add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record(topic, offset, key, value, recordHeaders);
    }

    private static ConsumerRecord<String, byte[]> record(String topic, long offset, String key, byte[] value,
            RecordHeaders headers) {
        return new ConsumerRecord<>(topic, 0, offset, AT.toEpochMilli(), TimestampType.CREATE_TIME, -1,
                value == null ? -1 : value.length, key, value, headers, Optional.empty());
    }

    static List<UUID> causedBy() {
        return List.of(ID);
    }
}
