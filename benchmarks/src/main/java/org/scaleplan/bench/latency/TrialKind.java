package org.scaleplan.bench.latency;

import java.time.Duration;

import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.phase.PhaseChanged;

/**
 * The two decisions the benchmark times, each made by a fresh system's second sample, {@code hold} of event time
 * after its first: a phase change (2,500 active users held for the 5-minute stabilization window: phase 1 to 2)
 * and an alert (an error ratio of 0.2 held for the 2 minutes HighErrorRate's {@code for} asks).
 */
public enum TrialKind {

    PHASE("phase", "active_users", 2_500, Duration.ofMinutes(5), PhaseChanged.class, Runbooks.PHASE_PATH),
    ALERT("alert", "http_error_ratio", 0.2, Duration.ofMinutes(2), AlertFiring.class, Runbooks.ALERT_PATH);

    private final String label;
    private final String metric;
    private final double value;
    private final Duration hold;
    private final String ceType;
    private final String targetPath;

    TrialKind(String label, String metric, double value, Duration hold, Class<? extends ScaleplanEvent> decision,
            String targetPath) {
        this.label = label;
        this.metric = metric;
        this.value = value;
        this.hold = hold;
        this.ceType = EventTypes.ALL.stream().filter(type -> type.javaType() == decision).map(EventType::type)
                .findFirst().orElseThrow();
        this.targetPath = targetPath;
    }

    public String label() {
        return label;
    }

    String metric() {
        return metric;
    }

    double value() {
        return value;
    }

    Duration hold() {
        return hold;
    }

    /** The {@code ce_type} of the decision, e.g. {@code scaleplan.phase.changed}. */
    public String ceType() {
        return ceType;
    }

    String targetPath() {
        return targetPath;
    }
}
