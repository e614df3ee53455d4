package org.scaleplan.contracts;

import java.util.List;
import java.util.Set;

/** Names of Scaleplan's topics. Each has exactly one producing service (see {@link EventTypes}). */
public final class Topics {

    public static final String METRICS = "scaleplan.metrics.v1";
    public static final String PHASE_CHANGES = "scaleplan.phase-changes.v1";
    public static final String ALERTS = "scaleplan.alerts.v1";
    public static final String COST_EVENTS = "scaleplan.cost-events.v1";
    public static final String SECURITY_EVENTS = "scaleplan.security-events.v1";
    public static final String INCIDENT_EVENTS = "scaleplan.incident-events.v1";
    /** Compacted, keyed by API key id: the durable record of every key, from which Redis is rebuilt. */
    public static final String API_KEYS = "scaleplan.api-keys.v1";
    /** Compacted, keyed by system: every system's budget, as admins set it on cost-service. */
    public static final String BUDGETS = "scaleplan.budgets.v1";

    /** The topics that keep the latest record of each key for ever (cleanup.policy=compact). */
    public static final Set<String> COMPACTED = Set.of(API_KEYS, BUDGETS);

    public static final List<String> ALL =
            List.of(METRICS, PHASE_CHANGES, ALERTS, COST_EVENTS, SECURITY_EVENTS, INCIDENT_EVENTS, API_KEYS,
                    BUDGETS);

    private Topics() {
    }

    /**
     * The dead-letter topic where consumer {@code group} parks records of {@code topic} it cannot process,
     * with the failure reason in the record headers (the Kafka binder's own naming, so no binding needs a name).
     */
    public static String deadLetter(String topic, String group) {
        return "error." + topic + "." + group;
    }
}
