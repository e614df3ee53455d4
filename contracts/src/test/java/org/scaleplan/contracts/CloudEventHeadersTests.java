package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;

class CloudEventHeadersTests {

    private static final UUID ID = UUID.fromString("8b0e4d2a-1f6c-3a95-b7d3-2c9e6f1a4b57");

    private final PhaseChanged event = new PhaseChanged(ID, Instant.parse("2026-11-27T10:05:00.250Z"), "shop-prod",
            1, 2, "Growth", Direction.UP, 1234, List.of("load balancing"), List.of());

    @Test
    void namesTheRecordsIdTypeSourceTimeAndSystemInBinaryMode() {
        assertThat(CloudEventHeaders.of(event, EventTypes.PHASE_EVALUATOR)).containsExactly(
                entry("ce_specversion", "1.0"),
                entry("ce_id", ID.toString()),
                entry("ce_type", "scaleplan.phase.changed"),
                entry("ce_source", "phase-evaluator"),
                entry("ce_time", "2026-11-27T10:05:00.250Z"),
                entry("ce_subject", "shop-prod"),
                entry("content-type", "application/json"));
    }

    @Test
    void namesTheMetricOfASampleSoReadersCanPassOverItUndecoded() {
        MetricSample sample = new MetricSample(ID, Instant.parse("2026-11-27T10:05:00Z"), "shop-prod",
                "http_requests_total", Map.of("code", "500"), 3, Instant.parse("2026-11-27T10:05:01Z"));

        assertThat(CloudEventHeaders.of(sample, EventTypes.METRICS_INGEST))
                .containsEntry("ce_type", "scaleplan.metric.sample")
                .containsEntry("ce_metricname", "http_requests_total");
        assertThat(CloudEventHeaders.of(event, EventTypes.PHASE_EVALUATOR)).doesNotContainKey("ce_metricname");
    }

    @Test
    void refusesARecordClassThatIsNotRegistered() {
        record Unregistered(UUID eventId, Instant occurredAt, String system) implements SystemEvent {
        }
        ScaleplanEvent unregistered = new Unregistered(ID, Instant.EPOCH, "shop-prod");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.of(unregistered, "phase-evaluator"))
                .withMessageContaining("Unregistered");
    }

    @Test
    void refusesABlankSource() {
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventHeaders.of(event, " "))
                .withMessageContaining("source");
    }

    @Test
    void readsHeaderTextFromRawBytesAndFromStrings() {
        Map<String, Object> headers = Map.of(
                "ce_type", "scaleplan.phase.changed".getBytes(StandardCharsets.UTF_8),
                "ce_subject", "shop-prod");

        assertThat(CloudEventHeaders.text(headers, "ce_type")).contains("scaleplan.phase.changed");
        assertThat(CloudEventHeaders.text(headers, "ce_subject")).contains("shop-prod");
    }

    @Test
    void readsAMissingHeaderAsEmpty() {
        assertThat(CloudEventHeaders.text(Map.of("ce_type", "scaleplan.phase.changed"), "ce_id")).isEmpty();
    }
}
