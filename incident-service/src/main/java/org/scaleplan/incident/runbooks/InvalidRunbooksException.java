package org.scaleplan.incident.runbooks;

import java.util.List;

/** Runbook files that cannot be loaded; {@link #problems()} lists every problem as {@code file:line: field: reason}. */
public class InvalidRunbooksException extends RuntimeException {

    private final List<String> problems;

    public InvalidRunbooksException(List<String> problems) {
        super("invalid runbook files:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
