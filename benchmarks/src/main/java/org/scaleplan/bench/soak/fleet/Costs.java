package org.scaleplan.bench.soak.fleet;

import java.util.List;

/**
 * What each system spends: two nodes' {@code cpu_cores} (priced by the shipped cost model at
 * {@value #USD_PER_CORE_HOUR} USD a core-hour) and an {@code ai} bill that grows by a varying amount every tick
 * ({@code cost_usd_total{category="ai"}}), and the monthly budget set for it: {@value #BUDGET_SHARE} of what a
 * 730-hour month costs, so that every full month crosses each threshold.
 */
final class Costs {

    static final double USD_PER_CORE_HOUR = 0.04;
    static final List<String> NODES = List.of("n1", "n2");
    /** The node of the systems with a gap that is switched off for {@link Schedule#GAP}. */
    static final String RETURNING_NODE = "n2";
    static final double BUDGET_SHARE = 0.7;
    private static final double HOURS_PER_MONTH = 730;
    private static final int AI_CYCLE = 5;

    private Costs() {
    }

    static int cores(int system, String node) {
        return node.equals("n1") ? 16 + 4 * (system % 3) : 8;
    }

    /** The ai bill's increase reported at {@code tick}: 0.10 to 0.18 USD. */
    static double aiIncrease(int system, int tick) {
        return 0.10 + 0.02 * ((system + tick) % AI_CYCLE);
    }

    /** The ai counter's value at {@code tick}: every increase up to and including it. */
    static double aiTotal(int system, int tick) {
        int samples = tick + 1;
        double cycles = samples / AI_CYCLE * (0.10 * AI_CYCLE + 0.02 * 10);
        double rest = 0;
        for (int i = 0; i < samples % AI_CYCLE; i++) {
            rest += 0.10 + 0.02 * ((system + i) % AI_CYCLE);
        }
        return cycles + rest;
    }

    /** What the system spends an hour, on average, with every node on. */
    static double hourlyUsd(int system, int ticksPerHour) {
        double cores = NODES.stream().mapToInt(node -> cores(system, node)).sum();
        return cores * USD_PER_CORE_HOUR + 0.14 * ticksPerHour;
    }

    static long budgetUsd(int system, int ticksPerHour) {
        return Math.round(BUDGET_SHARE * HOURS_PER_MONTH * hourlyUsd(system, ticksPerHour));
    }
}
