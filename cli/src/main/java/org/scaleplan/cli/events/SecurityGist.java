package org.scaleplan.cli.events;

import static org.scaleplan.cli.events.Formats.entries;
import static org.scaleplan.cli.events.Formats.lower;
import static org.scaleplan.cli.events.Formats.scope;

import java.util.Optional;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.PostureChanged;
import org.scaleplan.contracts.security.SecurityIncidentDetected;

/** The gists of security-service's records on the security-events topic (audit records are {@link AccessGist}'s). */
final class SecurityGist {

    private SecurityGist() {
    }

    static Optional<String> of(ScaleplanEvent event) {
        if (event instanceof SecurityIncidentDetected detected) {
            // Staged and shadow-mode detections must not read like real attacks.
            return Optional.of(String.format("%s%s [%s] from %s: %s", detected.simulated() ? "simulated " : "",
                    detected.scenario(), detected.severity(), scope(detected.scope()), detected.summary()));
        } else if (event instanceof DecisionIssued issued) {
            return Optional.of(String.format("%s %s until %s (%s), decision %s", lower(issued.action()),
                    scope(issued.scope()), Formats.seconds(issued.expiresAt()), issued.reason(),
                    issued.decisionId()));
        } else if (event instanceof DecisionExpired expired) {
            return Optional.of(String.format("decision %s on %s ended: %s", expired.decisionId(),
                    scope(expired.scope()), expired.reason()));
        } else if (event instanceof PostureChanged changed) {
            String gist = "posture " + changed.posture() + " for phase " + changed.phase();
            return Optional.of(changed.controls().isEmpty() ? gist : gist + ": " + entries(changed.controls()));
        }
        return Optional.empty();
    }
}
