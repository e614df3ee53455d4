package org.scaleplan.contracts.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A system's security posture changed with its growth phase, as the scaling plan asks. Published by
 * security-service on {@code scaleplan.security-events.v1}; key: system.
 *
 * @param phase the phase the posture belongs to
 * @param posture {@code standard}, {@code advanced}, {@code comprehensive} or {@code enterprise}
 * @param controls the controls in force and their settings, e.g. {@code rate-limit-per-minute: 600}
 * @param causedBy the {@code PhaseChanged} that moved the system
 */
public record PostureChanged(UUID eventId, Instant occurredAt, String system, int phase, String posture,
        Map<String, String> controls, List<UUID> causedBy) implements SystemEvent {

    public PostureChanged {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.between(phase, 1, 4, "phase");
        Require.text(posture, "posture");
        controls = Require.map(controls);
        causedBy = Require.list(causedBy);
    }
}
