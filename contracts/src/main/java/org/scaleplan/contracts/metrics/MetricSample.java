package org.scaleplan.contracts.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * One accepted sample of one metric of a production system. Published by metrics-ingest on
 * {@code scaleplan.metrics.v1} only after validation; key: system.
 *
 * @param occurredAt the sample's own timestamp (event time)
 * @param receivedAt when metrics-ingest accepted the sample
 */
public record MetricSample(UUID eventId, Instant occurredAt, String system, String name, Map<String, String> labels,
        double value, Instant receivedAt) implements SystemEvent {

    public MetricSample {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(name, "name");
        labels = Require.map(labels);
        Require.present(receivedAt, "receivedAt");
    }
}
