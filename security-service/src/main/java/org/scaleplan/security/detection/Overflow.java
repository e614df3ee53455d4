package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.security.Scope;

/**
 * A scenario's bucket overflowed, or its surge was reached: the stuff of a security incident and, for a live
 * scenario with a decision, of a decision about its scope. It carries the scenario, so the caller can tell a
 * shadow scenario (report, never act) from a live one.
 *
 * @param system the system the traffic belongs to; {@code scaleplan} for calls to Scaleplan's own APIs
 * @param scope whom it is about; null for a surge, which is about a whole system
 * @param summary one human line, e.g. {@code 23 auth_failures_total from 203.0.113.7 within 3m (capacity 20)}
 * @param at the event time of the pour that overflowed
 * @param causedBy the latest events poured into the bucket, oldest first, ending with the one that overflowed it
 */
public record Overflow(Scenario scenario, String system, @Nullable Scope scope, String summary, Instant at,
        List<UUID> causedBy) {

    public Overflow {
        Require.present(scenario, "scenario");
        Require.text(system, "system");
        Require.text(summary, "summary");
        Require.present(at, "at");
        causedBy = Require.list(causedBy);
    }
}
