package org.scaleplan.incident.runbooks;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of step, as written in a runbook's {@code type:}. */
public enum StepType {

    HTTP("http"), NOTIFY("notify"), SCALE("scale"), AWAIT_METRIC("await-metric"), APPROVAL("approval"),
    PUBLISH("publish"), WAIT("wait");

    private final String yamlName;

    StepType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<StepType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(name)).findFirst();
    }

    static StepType of(Action action) {
        if (action instanceof Action.Http) {
            return HTTP;
        }
        if (action instanceof Action.Notify) {
            return NOTIFY;
        }
        if (action instanceof Action.Scale) {
            return SCALE;
        }
        if (action instanceof Action.AwaitMetric) {
            return AWAIT_METRIC;
        }
        if (action instanceof Action.Approval) {
            return APPROVAL;
        }
        if (action instanceof Action.Publish) {
            return PUBLISH;
        }
        return WAIT;
    }
}
