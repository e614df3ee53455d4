package org.scaleplan.contracts.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * An admin set a system's monthly budget, replacing any it had. Published by cost-service on the compacted topic
 * {@code scaleplan.budgets.v1}; key: system. The latest record of a system is its budget.
 *
 * @param monthlyUsd the monthly budget
 * @param thresholds percentages of {@code monthlyUsd}, each announced once per month and basis when reached
 * @param basis what the thresholds are checked against (distinct, ACTUAL first): the spend so far, the month-end
 *        forecast, or both
 * @param setBy the key id of the admin who set it
 */
public record BudgetSet(UUID eventId, Instant occurredAt, String system, BigDecimal monthlyUsd,
        List<Integer> thresholds, List<Basis> basis, String setBy) implements SystemEvent {

    public BudgetSet {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.present(monthlyUsd, "monthlyUsd");
        thresholds = Require.list(thresholds);
        basis = List.copyOf(new TreeSet<>(Require.list(basis)));
        Require.text(setBy, "setBy");
    }
}
