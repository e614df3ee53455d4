package org.scaleplan.incident.engine;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.incident.incidents.Signal;

/**
 * What reaches the instance that owns a system, in the order it must be handled: a signal, or an operator's command
 * on one of the system's incidents. Internal to incident-service (its inbox topic), as JSON.
 *
 * @param by the operator (API key name) of a command
 */
public record InboxEntry(Kind kind, String system, Instant at, @Nullable Signal signal, @Nullable String incidentId,
        @Nullable String by, @Nullable String reason) {

    public enum Kind {
        SIGNAL, ACKNOWLEDGE, RESOLVE, APPROVE
    }

    public InboxEntry {
        Require.present(kind, "kind");
        Require.text(system, "system");
        Require.present(at, "at");
        if ((kind == Kind.SIGNAL) != (signal != null)) {
            throw new IllegalArgumentException("a signal entry, and only one, carries a signal");
        }
        if (kind != Kind.SIGNAL) {
            Require.text(incidentId, "incidentId");
            Require.text(by, "by");
        }
    }

    public static InboxEntry signal(Signal signal) {
        return new InboxEntry(Kind.SIGNAL, signal.system(), signal.occurredAt(), signal, null, null, null);
    }

    public static InboxEntry command(Kind kind, String system, String incidentId, String by,
            @Nullable String reason, Instant at) {
        return new InboxEntry(kind, system, at, null, incidentId, by, reason);
    }
}
