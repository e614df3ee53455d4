package org.scaleplan.bench.soak.check;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scaleplan.bench.soak.fleet.MonthSpend;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;

/**
 * Each budget threshold is announced exactly once a month: no (system, month, basis, threshold) twice, and every
 * threshold the month's on-time spend passed (by the generator's ledger, clear of a {@value #MARGIN} margin) once on
 * each basis (a forecast is never below the spend so far). A threshold the month's whole spend stayed clearly below,
 * late samples included, is never announced as reached on the spend.
 */
public final class BudgetOnceCheck {

    /** How far from a threshold the ledger's spend must be for the check to say it must or must not be reached. */
    static final double MARGIN = 0.02;

    private BudgetOnceCheck() {
    }

    public static CheckResult check(List<BudgetThresholdCrossed> crossed, SpendLedger ledger, List<String> systems) {
        Map<String, Integer> announced = new HashMap<>();
        crossed.forEach(c -> announced.merge(key(c.system(), c.period(), c.basis(), c.thresholdPercent()), 1,
                Integer::sum));
        List<String> violations = new ArrayList<>();
        announced.forEach((key, times) -> {
            if (times > 1) {
                violations.add(key + ": announced " + times + " times");
            }
        });
        int expected = 0;
        for (String system : systems) {
            for (var month : ledger.months(system).entrySet()) {
                expected += expect(system, month.getKey(), month.getValue(), ledger, announced, violations);
            }
        }
        String summary = String.format("%,d announcements; %,d (system, month, threshold) reached on the spend, "
                + "each announced once on each basis", crossed.size(), expected);
        return new CheckResult("budget thresholds once a month", summary, violations);
    }

    /** Checks one month of one system; answers how many thresholds it must have announced. */
    private static int expect(String system, YearMonth month, MonthSpend spend, SpendLedger ledger,
            Map<String, Integer> announced, List<String> violations) {
        int expected = 0;
        for (int threshold : ledger.thresholds()) {
            double amount = ledger.budget(system) * threshold / 100.0;
            if (spend.onTime() >= amount * (1 + MARGIN)) {
                expected++;
                for (Basis basis : Basis.values()) {
                    once(key(system, month, basis, threshold), announced, violations);
                }
            } else if (spend.total() < amount * (1 - MARGIN)
                    && announced.containsKey(key(system, month, Basis.ACTUAL, threshold))) {
                violations.add(key(system, month, Basis.ACTUAL, threshold) + ": announced, but the month's spend "
                        + String.format("%.2f", spend.total()) + " USD stayed below " + amount);
            }
        }
        return expected;
    }

    private static void once(String key, Map<String, Integer> announced, List<String> violations) {
        if (!announced.containsKey(key)) {
            violations.add(key + ": reached, never announced");
        }
    }

    static String key(String system, YearMonth period, Basis basis, int threshold) {
        return system + " " + period + " " + basis + " " + threshold + "%";
    }
}
