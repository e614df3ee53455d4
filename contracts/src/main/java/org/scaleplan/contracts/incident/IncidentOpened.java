package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * A new incident was opened for a system; further signals with the same fingerprint join it instead of opening
 * another. Published by incident-service on {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param incidentId identifies the incident in every later incident and runbook record
 * @param fingerprint what incidents are deduplicated on, e.g. the alert's fingerprint
 * @param title one human-readable line
 * @param labels the labels of the signal, which runbook triggers match on
 * @param causedBy the alert, security, cost or phase record that opened it
 */
public record IncidentOpened(UUID eventId, Instant occurredAt, String system, String incidentId, String fingerprint,
        IncidentSource source, String title, String severity, Map<String, String> labels, List<UUID> causedBy)
        implements IncidentEvent {

    public IncidentOpened {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(fingerprint, "fingerprint");
        Require.present(source, "source");
        Require.text(title, "title");
        Require.text(severity, "severity");
        labels = Require.map(labels);
        causedBy = Require.list(causedBy);
    }
}
