package org.scaleplan.contracts.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A firing alert's condition no longer holds, so the alert stopped firing. Published by phase-evaluator on
 * {@code scaleplan.alerts.v1}; key: system.
 *
 * @param fingerprint the fingerprint of the {@link AlertFiring} this resolves
 * @param startsAt when the alert started firing
 * @param value the observed value that made the condition false; for a series that has gone, its last value
 * @param endsAt when the condition stopped holding (event time); for a series that has gone, its last sample's time
 *        plus the staleness period
 * @param causedBy the {@link AlertFiring} it ends and the samples that ended it
 * @param reason absent when the condition stopped holding; why it ended otherwise, e.g. that its series has gone
 *        (sent nothing for the staleness period)
 */
public record AlertResolved(UUID eventId, Instant occurredAt, String system, String fingerprint, String alertname,
        String severity, Map<String, String> labels, double value, Instant startsAt, Instant endsAt,
        List<UUID> causedBy, @Nullable String reason) implements SystemEvent {

    /** Resolved because the condition stopped holding. */
    public AlertResolved(UUID eventId, Instant occurredAt, String system, String fingerprint, String alertname,
            String severity, Map<String, String> labels, double value, Instant startsAt, Instant endsAt,
            List<UUID> causedBy) {
        this(eventId, occurredAt, system, fingerprint, alertname, severity, labels, value, startsAt, endsAt, causedBy,
                null);
    }

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
