package org.scaleplan.cli.events;

import static org.scaleplan.cli.events.Formats.entries;
import static org.scaleplan.cli.events.Formats.lower;

import java.util.Optional;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.incident.IncidentAcknowledged;
import org.scaleplan.contracts.incident.IncidentEscalated;
import org.scaleplan.contracts.incident.IncidentEvent;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;

/**
 * The gists of incident-service's records. Each starts with the incident id, so the lines of one incident and its
 * runbook steps can be followed (or grepped) among the others.
 */
final class IncidentGist {

    private IncidentGist() {
    }

    static Optional<String> of(ScaleplanEvent event) {
        if (event instanceof IncidentEvent incident) {
            return lifecycle(incident).or(() -> runbook(incident)).map(gist -> incident.incidentId() + " " + gist);
        }
        return Optional.empty();
    }

    private static Optional<String> lifecycle(IncidentEvent event) {
        if (event instanceof IncidentOpened opened) {
            return Optional.of(String.format("opened [%s] from %s: %s", opened.severity(), lower(opened.source()),
                    opened.title()));
        } else if (event instanceof IncidentRepeated repeated) {
            return Optional.of(String.format("repeated [%s]: %s", repeated.severity(), repeated.title()));
        } else if (event instanceof IncidentAcknowledged acknowledged) {
            return Optional.of("acknowledged by " + acknowledged.by());
        } else if (event instanceof IncidentResolved resolved) {
            String gist = "resolved by " + resolved.by();
            return Optional.of(resolved.reason() == null ? gist : gist + ": " + resolved.reason());
        } else if (event instanceof IncidentEscalated escalated) {
            return Optional.of("escalated: " + escalated.reason());
        }
        return Optional.empty();
    }

    private static Optional<String> runbook(IncidentEvent event) {
        if (event instanceof RunbookStepStarted started) {
            return Optional.of(String.format("step %s/%s (%s) attempt %d started", started.runbookId(),
                    started.stepId(), started.stepType(), started.attempt()));
        } else if (event instanceof RunbookStepSucceeded succeeded) {
            return Optional.of(String.format("step %s/%s attempt %d succeeded: %s", succeeded.runbookId(),
                    succeeded.stepId(), succeeded.attempt(), succeeded.outcome()));
        } else if (event instanceof RunbookStepFailed failed) {
            return Optional.of(String.format("step %s/%s attempt %d failed, %s: %s", failed.runbookId(),
                    failed.stepId(), failed.attempt(), failed.willRetry() ? "will retry" : "no retry",
                    failed.error()));
        } else if (event instanceof ActionRequested requested) {
            String gist = "requests " + requested.action();
            return Optional.of(requested.parameters().isEmpty() ? gist
                    : gist + " " + entries(requested.parameters()));
        }
        return Optional.empty();
    }
}
