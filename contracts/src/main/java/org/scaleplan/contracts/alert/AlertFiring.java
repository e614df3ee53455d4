package org.scaleplan.contracts.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * An alert rule's condition held for its pending period, so the alert started firing. Published by
 * phase-evaluator on {@code scaleplan.alerts.v1}; key: system.
 *
 * @param fingerprint identifies this alert (rule and labels); the same in the {@link AlertResolved} that ends it
 * @param alertname the rule's name, e.g. {@code HighErrorRate}
 * @param severity the rule's severity, e.g. {@code warning} or {@code critical}
 * @param labels the rule's and the series' labels, as Alertmanager would group on them
 * @param annotations human-readable text of the rule, e.g. {@code summary} and {@code runbook_url}
 * @param value the observed value that made the condition true
 * @param threshold the value the rule compares against
 * @param startsAt when the condition first became true (event time)
 * @param causedBy the samples that completed the pending period
 */
public record AlertFiring(UUID eventId, Instant occurredAt, String system, String fingerprint, String alertname,
        String severity, Map<String, String> labels, Map<String, String> annotations, double value,
        double threshold, Instant startsAt, List<UUID> causedBy) implements SystemEvent {

    public AlertFiring {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(fingerprint, "fingerprint");
        Require.text(alertname, "alertname");
        Require.text(severity, "severity");
        labels = Require.map(labels);
        annotations = Require.map(annotations);
        Require.present(startsAt, "startsAt");
        causedBy = Require.list(causedBy);
    }
}
