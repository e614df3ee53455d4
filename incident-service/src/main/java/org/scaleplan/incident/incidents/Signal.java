package org.scaleplan.incident.incidents;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.incident.IncidentSource;

/**
 * Something that opens, joins or resolves an incident, whatever it came from (an alert, a security incident, a cost
 * event, a phase change, an Alertmanager alert). Incidents are deduplicated on {@code fingerprint}, as PagerDuty
 * does on its dedup key: a trigger while an incident with the fingerprint is open joins it; a resolve closes it; a
 * trigger after that opens a new one.
 *
 * @param eventId identifies the signal itself, so a signal delivered twice joins nothing twice
 * @param labels what runbook triggers match on; {@code severity} is always among them
 */
public record Signal(UUID eventId, Instant occurredAt, String system, String fingerprint, IncidentSource source,
        Kind kind, String title, String severity, Map<String, String> labels) {

    /** Whether the signal says the problem is there or that it went away. */
    public enum Kind {
        TRIGGER, RESOLVE
    }

    public Signal {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(fingerprint, "fingerprint");
        Require.present(source, "source");
        Require.present(kind, "kind");
        Require.text(title, "title");
        Require.text(severity, "severity");
        Map<String, String> withSeverity = new TreeMap<>(labels == null ? Map.of() : labels);
        withSeverity.put("severity", severity);
        labels = Collections.unmodifiableMap(withSeverity);
    }
}
