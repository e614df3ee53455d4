package org.scaleplan.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiPredicate;

/** How a configured condition compares a value (left) with its threshold (right), written as in PromQL. */
public enum Comparison {

    GREATER(">", (value, threshold) -> value > threshold),
    GREATER_OR_EQUAL(">=", (value, threshold) -> value >= threshold),
    LESS("<", (value, threshold) -> value < threshold),
    LESS_OR_EQUAL("<=", (value, threshold) -> value <= threshold),
    EQUAL("==", (value, threshold) -> value.doubleValue() == threshold.doubleValue()),
    NOT_EQUAL("!=", (value, threshold) -> value.doubleValue() != threshold.doubleValue());

    private final String symbol;
    private final BiPredicate<Double, Double> test;

    Comparison(String symbol, BiPredicate<Double, Double> test) {
        this.symbol = symbol;
        this.test = test;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double value, double threshold) {
        return test.test(value, threshold);
    }

    /** The comparison written as {@code symbol}, e.g. {@code ">="}. */
    public static Optional<Comparison> of(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
