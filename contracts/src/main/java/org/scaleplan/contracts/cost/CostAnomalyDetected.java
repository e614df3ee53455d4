package org.scaleplan.contracts.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.SystemEvent;

/**
 * A system's spend rate in one cost category rose well above its baseline. Published by cost-service on
 * {@code scaleplan.cost-events.v1}; key: system.
 *
 * @param category the {@code category} label of {@code cost_usd_total}, e.g. {@code compute}
 * @param baselineUsdPerHour the spend rate the category usually has
 * @param observedUsdPerHour the spend rate observed now
 * @param impactUsdPerHour {@code observedUsdPerHour - baselineUsdPerHour}
 * @param impactPercent the impact in percent of the baseline
 * @param causedBy the cost samples the observed rate was computed from
 */
public record CostAnomalyDetected(UUID eventId, Instant occurredAt, String system, String category,
        BigDecimal baselineUsdPerHour, BigDecimal observedUsdPerHour, BigDecimal impactUsdPerHour,
        double impactPercent, List<UUID> causedBy) implements SystemEvent {

    public CostAnomalyDetected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(system, "system");
        Require.text(category, "category");
        Require.present(baselineUsdPerHour, "baselineUsdPerHour");
        Require.present(observedUsdPerHour, "observedUsdPerHour");
        Require.present(impactUsdPerHour, "impactUsdPerHour");
        causedBy = Require.list(causedBy);
    }
}
