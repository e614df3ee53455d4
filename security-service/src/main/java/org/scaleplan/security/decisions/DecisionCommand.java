package org.scaleplan.security.decisions;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;

/**
 * An admin's change to a system's decisions, passed through security-service's own commands topic
 * ({@value #TOPIC}, keyed by system) so that the instance owning the system's decisions applies it, in order with
 * everything else about them. Not a contract: only security-service writes and reads it.
 *
 * @param decisionId the decision issued, or the one to end
 * @param action, scope, ttl for an {@link Kind#ISSUE} only
 * @param by the key id of the admin
 */
public record DecisionCommand(Kind kind, String system, String decisionId, @Nullable DecisionAction action,
        @Nullable Scope scope, @Nullable Duration ttl, String reason, String by, Instant at) {

    public static final String TOPIC = "security-service-commands";

    public enum Kind {
        ISSUE, END
    }
}
