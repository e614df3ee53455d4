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
 * @param scope whom the incident is about; {@code ADDRESS *} for a whole system (a traffic surge)
 * @param severity e.g. {@code warning} or {@code critical}
 * @param summary one human-readable line, e.g. the counts that crossed the limit
 * @param simulated whether nothing acts on it: staged (drill or demo), or detected by a scenario in shadow mode
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
