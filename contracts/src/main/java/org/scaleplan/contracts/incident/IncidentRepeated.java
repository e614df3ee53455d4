package org.scaleplan.contracts.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;

/**
 * A signal with the fingerprint of an incident that is still open (e.g. an alert firing again, or Alertmanager
 * resending it) joined that incident instead of opening another. Published by incident-service on
 * {@code scaleplan.incident-events.v1}; key: system.
 *
 * @param title the signal's line, which may differ from the one the incident was opened with
 * @param labels the signal's labels
 * @param causedBy the signal
 */
public record IncidentRepeated(UUID eventId, Instant occurredAt, String system, String incidentId,
        String fingerprint, String title, String severity, Map<String, String> labels, List<UUID> causedBy)
        implements IncidentEvent {

    public IncidentRepeated {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(incidentId, "incidentId");
        Require.text(fingerprint, "fingerprint");
        Require.text(title, "title");
        Require.text(severity, "severity");
        labels = Require.map(labels);
        causedBy = Require.list(causedBy);
    }
}
