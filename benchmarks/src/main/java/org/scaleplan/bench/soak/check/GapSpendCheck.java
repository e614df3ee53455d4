package org.scaleplan.bench.soak.check;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.scaleplan.bench.soak.fleet.MonthSpend;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;

/**
 * No spend is billed across a gap longer than the staleness bound: shortly after the switched-off gauges came back,
 * every system's month-to-date per category ({@code GET /v1/systems/{s}/cost}) is what the generator's ledger says
 * (a gauge billed up to its staleness bound, then from its return), and no budget or anomaly event of a system with
 * a gap comes from its return: no anomaly from its switch-off to a day after its return, and no budget threshold
 * announced within {@value #RETURN_WINDOW_MINUTES} minutes of its return unless the ledger's on-time spend reached
 * it there.
 */
public final class GapSpendCheck {

    /** Cents, as the API rounds, and a cent of floating point. */
    static final double TOLERANCE_USD = 0.02;
    static final int RETURN_WINDOW_MINUTES = 60;

    private GapSpendCheck() {
    }

    /** The gap, and where and when spend was compared. */
    public record Gap(List<String> systems, Instant from, Instant returned, YearMonth probed, Duration interval) {
    }

    /**
     * @param monthToDate what cost-service answered, by system and category, for the month {@code gap.probed()}
     * @param ledgerSaid what the ledger said the same figures should be, at the same moment
     * @param ledger when the ledger's spend reached each threshold
     */
    public static CheckResult check(Gap gap, Map<String, Map<String, Double>> monthToDate,
            Map<String, Map<String, Double>> ledgerSaid, SpendLedger ledger, List<SystemEvent> costEvents) {
        List<String> violations = new ArrayList<>();
        int compared = 0;
        for (var system : monthToDate.entrySet()) {
            Map<String, Double> expected = ledgerSaid.getOrDefault(system.getKey(), Map.of());
            TreeSet<String> categories = new TreeSet<>(system.getValue().keySet());
            categories.addAll(expected.keySet());
            for (String category : categories) {
                compared++;
                double answered = system.getValue().getOrDefault(category, 0.0);
                double should = expected.getOrDefault(category, 0.0);
                if (Math.abs(answered - should) > TOLERANCE_USD) {
                    violations.add(String.format("%s %s %s: month-to-date %.2f USD, should be %.2f",
                            system.getKey(), gap.probed(), category, answered, should));
                }
            }
        }
        costEvents.stream().filter(e -> gap.systems().contains(e.system()))
                .forEach(event -> fromTheGap(event, gap, ledger, violations));
        String summary = String.format("%,d month-to-date figures of %s equal the ledger's after %d systems' gauges "
                + "came back from %s off; no budget or anomaly event from the gap", compared, gap.probed(),
                gap.systems().size(), Duration.between(gap.from(), gap.returned()));
        return new CheckResult("no spend billed across a gap", summary, violations);
    }

    private static void fromTheGap(SystemEvent event, Gap gap, SpendLedger ledger, List<String> violations) {
        Instant at = event.occurredAt();
        if (event instanceof CostAnomalyDetected anomaly && !at.isBefore(gap.from())
                && at.isBefore(gap.returned().plus(Duration.ofDays(1)))) {
            violations.add(event.system() + ": anomaly in " + anomaly.category() + " at " + at + ", around its gap");
        }
        if (event instanceof BudgetThresholdCrossed crossed && !at.isBefore(gap.returned())
                && at.isBefore(gap.returned().plus(Duration.ofMinutes(RETURN_WINDOW_MINUTES)))
                && !reachedThere(crossed, ledger, gap.interval())) {
            violations.add(String.format("%s: %s %d%% of %s announced at %s, on its gauge's return",
                    crossed.system(), crossed.basis(), crossed.thresholdPercent(), crossed.period(), at));
        }
    }

    /** Whether the ledger's on-time spend reached the threshold within a tick of the announcement. */
    private static boolean reachedThere(BudgetThresholdCrossed crossed, SpendLedger ledger, Duration interval) {
        MonthSpend month = ledger.months(crossed.system()).get(crossed.period());
        Instant reached = month == null ? null : month.reached(crossed.thresholdPercent());
        return crossed.basis() == Basis.ACTUAL && reached != null
                && Duration.between(reached, crossed.occurredAt()).abs().compareTo(interval) <= 0;
    }
}
