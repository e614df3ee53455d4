package org.scaleplan.config;

import java.util.List;

/** A set of configuration files that cannot be loaded; {@link #problems()} lists every problem of every file. */
public class InvalidConfigException extends RuntimeException {

    private final List<String> problems;

    /** @param what the kind of files, e.g. {@code rule files} */
    public InvalidConfigException(String what, List<String> problems) {
        super("invalid " + what + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: field: reason}. */
    public List<String> problems() {
        return problems;
    }
}
