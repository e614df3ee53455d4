package org.scaleplan.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.contracts.cost.Basis;

/**
 * A budget as an admin puts it: {@code {"monthlyUsd": 1000, "thresholds": [50, 80, 100], "basis": ["ACTUAL",
 * "FORECASTED"]}}. Only {@code monthlyUsd} is required; the thresholds default to 50, 80 and 100 percent and the
 * basis to both.
 */
record BudgetRequest(@Nullable BigDecimal monthlyUsd, @Nullable List<Integer> thresholds,
        @Nullable List<String> basis) {

    static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);
    static final int MAX_THRESHOLDS = 20;
    private static final BigDecimal MAX_USD = new BigDecimal("1000000000000");

    /** What is wrong with the request, field by field; empty when it can be set. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (monthlyUsd == null || monthlyUsd.signum() <= 0 || monthlyUsd.compareTo(MAX_USD) > 0) {
            problems.add(new FieldProblem("monthlyUsd", "is required: an amount of US dollars above 0"));
        }
        List<Integer> asked = thresholdsOrDefault();
        if (asked.isEmpty() || asked.size() > MAX_THRESHOLDS) {
            problems.add(new FieldProblem("thresholds", "must list 1 to " + MAX_THRESHOLDS + " percentages"));
        }
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i) == null || asked.get(i) < 1 || asked.get(i) > 1000) {
                problems.add(new FieldProblem("thresholds[" + i + "]", "must be a whole percentage from 1 to 1000"));
            }
        }
        List<String> bases = basis == null ? List.of() : basis;
        if (basis != null && basis.isEmpty()) {
            problems.add(new FieldProblem("basis", "must name ACTUAL, FORECASTED or both"));
        }
        for (int i = 0; i < bases.size(); i++) {
            if (!Set.of("ACTUAL", "FORECASTED").contains(bases.get(i))) {
                problems.add(new FieldProblem("basis[" + i + "]", "must be ACTUAL or FORECASTED"));
            }
        }
        return problems;
    }

    List<Integer> thresholdsOrDefault() {
        return thresholds == null ? DEFAULT_THRESHOLDS : thresholds;
    }

    List<Basis> basisOrDefault() {
        return basis == null ? List.of(Basis.values()) : List.copyOf(new TreeSet<>(basis.stream().map(Basis::valueOf)
                .toList()));
    }
}
