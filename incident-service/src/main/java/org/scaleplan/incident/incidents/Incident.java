package org.scaleplan.incident.incidents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.incident.IncidentSource;

/**
 * One incident as its events on {@code scaleplan.incident-events.v1} tell it.
 *
 * @param openedBy the {@code IncidentOpened} event's id, which every later record of the incident names
 * @param signals the ids of the signals that opened or joined it, oldest first: the one that opened it and those
 *        of the timeline entries held (see {@link IncidentLimits#maxTimelineEntries()})
 * @param resolvedAt when it was resolved; null while it is not
 */
public record Incident(String incidentId, String system, String fingerprint, IncidentSource source, String title,
        String severity, Map<String, String> labels, Status status, boolean escalated, Instant openedAt,
        Instant updatedAt, @Nullable Instant resolvedAt, UUID openedBy, List<UUID> signals) {

    /** Where an incident is in its lifecycle; escalation is a flag beside it, not a status of its own. */
    public enum Status {
        OPEN, ACKNOWLEDGED, RESOLVED
    }

    public Incident {
        Require.text(incidentId, "incidentId");
        Require.text(system, "system");
        Require.present(status, "status");
        labels = Require.map(labels);
        signals = Require.list(signals);
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }

    Incident joined(UUID signal, Instant at) {
        List<UUID> all = new ArrayList<>(signals);
        all.add(signal);
        return new Incident(incidentId, system, fingerprint, source, title, severity, labels, status, escalated,
                openedAt, at, resolvedAt, openedBy, all);
    }

    Incident without(Collection<UUID> forgotten) {
        List<UUID> kept = signals.stream().filter(signal -> !forgotten.contains(signal)).toList();
        return new Incident(incidentId, system, fingerprint, source, title, severity, labels, status, escalated,
                openedAt, updatedAt, resolvedAt, openedBy, kept);
    }

    Incident withStatus(Status next, Instant at) {
        return new Incident(incidentId, system, fingerprint, source, title, severity, labels, next, escalated,
                openedAt, at, next == Status.RESOLVED ? at : resolvedAt, openedBy, signals);
    }

    Incident escalated(Instant at) {
        return new Incident(incidentId, system, fingerprint, source, title, severity, labels, status, true, openedAt,
                at, resolvedAt, openedBy, signals);
    }
}
