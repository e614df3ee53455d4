package org.scaleplan.messaging.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;

class EventTimeExtractorTests {

    private static final long ARRIVED = Instant.parse("2026-11-27T10:00:05Z").toEpochMilli();
    private final EventTimeExtractor extractor = new EventTimeExtractor();

    @Test
    void takesTheEventsOwnTimeFromItsCloudEventsHeader() {
        assertThat(extractor.extract(record("2026-11-27T09:59:30.250Z"), 0))
                .isEqualTo(Instant.parse("2026-11-27T09:59:30.250Z").toEpochMilli());
    }

    @Test
    void keepsTheTimeKafkaStampedWhenThereIsNoReadableEventTime() {
        assertThat(extractor.extract(record(null), 0)).isEqualTo(ARRIVED);
        assertThat(extractor.extract(record("yesterday"), 0)).isEqualTo(ARRIVED);
        assertThat(extractor.extract(record("1969-12-31T23:59:59Z"), 0)).isEqualTo(ARRIVED);
    }

    private static ConsumerRecord<Object, Object> record(String ceTime) {
        RecordHeaders headers = new RecordHeaders();
        if (ceTime != null) {
            headers.add(CloudEventHeaders.TIME, ceTime.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>("t", 0, 0, ARRIVED, TimestampType.CREATE_TIME, 0, 0, "k", new byte[0], headers,
                Optional.empty());
    }
}
