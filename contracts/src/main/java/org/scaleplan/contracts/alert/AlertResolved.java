package org.scaleplan.contracts.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A firing alert's condition no longer holds, so the alert stopped firing. Published by phase-evaluator on
 * {@code scaleplan.alerts.v1}; key: system.
 *
 * @param fingerprint the fingerprint of the {@link AlertFiring} this resolves
 * @param value the observed value that made the condition false
 * @param startsAt when the alert started firing
 * @param endsAt when the condition stopped holding (event time)
 * @param causedBy the {@link AlertFiring} it ends and the samples that ended it
 */
public record AlertResolved(UUID eventId, Instant occurredAt, String system, String fingerprint, String alertname,
        String severity, Map<String, String> labels, double value, Instant startsAt, Instant endsAt,
        List<UUID> causedBy) implements SystemEvent {

    public AlertResolved {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(fingerprint, "fingerprint");
        Require.text(alertname, "alertname");
        Require.text(severity, "severity");
        labels = Require.map(labels);
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        causedBy = Require.list(causedBy);
    }
}
