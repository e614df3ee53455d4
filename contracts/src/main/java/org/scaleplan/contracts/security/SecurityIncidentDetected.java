package org.scaleplan.contracts.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * Abuse or an attack was detected against a system, e.g. a brute-force of logins from one address. Published by
 * security-service on {@code scaleplan.security-events.v1}; key: system.
 *
 * @param scenario the detection that matched, e.g. {@code auth-brute-force} or {@code request-flood}
 * @param scope whom the incident is about
 * @param severity e.g. {@code warning} or {@code critical}
 * @param summary one human-readable line, e.g. the counts that crossed the limit
 * @param simulated whether the incident was staged (drill or demo) rather than detected in real traffic
 * @param causedBy the samples that completed the detection
 */
public record SecurityIncidentDetected(UUID eventId, Instant occurredAt, String system, String scenario, Scope scope,
        String severity, String summary, boolean simulated, List<UUID> causedBy) implements SystemEvent {

    public SecurityIncidentDetected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(scenario, "scenario");
        Require.present(scope, "scope");
        Require.text(severity, "severity");
        Require.text(summary, "summary");
        causedBy = Require.list(causedBy);
    }
}
