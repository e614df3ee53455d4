package org.scaleplan.evaluator.rules;

import java.util.List;

/** Rule files that cannot be loaded; {@link #problems()} lists every problem as {@code file:line: field: reason}. */
public class InvalidRulesException extends RuntimeException {

    private final List<String> problems;

    public InvalidRulesException(List<String> problems) {
        super("invalid rule files:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
