package org.scaleplan.access.decisions;

import java.time.Instant;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;

/**
 * An active block or throttle decision as every service reads it from Redis: what it does, to whom, until when and
 * why (the reason is shown to the refused caller, so it never holds a secret).
 */
public record StoredDecision(String decisionId, DecisionAction action, Scope scope, Instant expiresAt,
        String reason) {

    public StoredDecision {
        Require.text(decisionId, "decisionId");
        Require.present(action, "action");
        Require.present(scope, "scope");
        Require.present(expiresAt, "expiresAt");
        Require.text(reason, "reason");
    }
}
