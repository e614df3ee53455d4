package org.scaleplan.contracts.cost;

import java.time.Instant;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * An admin removed a system's budget: no threshold is checked for it any more. Published by cost-service on the
 * compacted topic {@code scaleplan.budgets.v1}; key: system.
 *
 * @param removedBy the key id of the admin who removed it
 */
public record BudgetRemoved(UUID eventId, Instant occurredAt, String system, String removedBy) implements SystemEvent {

    public BudgetRemoved {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(removedBy, "removedBy");
    }
}
