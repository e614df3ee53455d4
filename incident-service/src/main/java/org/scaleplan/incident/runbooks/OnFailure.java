package org.scaleplan.incident.runbooks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a step that failed for good (every attempt used) leads to. */
public enum OnFailure {

    /** The run stops and the incident is escalated to a person. */
    ESCALATE,
    /** The run goes on with the next step, as if the step had succeeded. */
    CONTINUE,
    /** The step's compensating step runs, then the run stops and the incident is escalated. */
    COMPENSATE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnFailure> named(String name) {
        return Arrays.stream(values()).filter(value -> value.yamlName().equals(name)).findFirst();
    }
}
