package org.scaleplan.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.cost.BudgetRemoved;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.incident.IncidentAcknowledged;
import org.scaleplan.contracts.incident.IncidentEscalated;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.PostureChanged;
import org.scaleplan.contracts.security.SecurityIncidentDetected;

/**
 * Every record kind Scaleplan publishes, with its {@code ce_type}, topic and single producer (the one exception
 * is {@link #ACCESS_LIBRARY}).
 */
public final class EventTypes {

    public static final String METRICS_INGEST = "metrics-ingest";
    public static final String PHASE_EVALUATOR = "phase-evaluator";
    public static final String COST_SERVICE = "cost-service";
    public static final String SECURITY_SERVICE = "security-service";
    public static final String INCIDENT_SERVICE = "incident-service";
    /**
     * The producer of {@link ActionAudited}: the access library security-service ships into every service, so an
     * action is audited where it happens. The one record kind that any service may write.
     */
    public static final String ACCESS_LIBRARY = "access library (any service)";

    public static final List<EventType> ALL = List.of(
            new EventType("scaleplan.metric.sample", MetricSample.class, Topics.METRICS, METRICS_INGEST,
                    "One accepted sample of one metric of a production system."),
            new EventType("scaleplan.phase.changed", PhaseChanged.class, Topics.PHASE_CHANGES, PHASE_EVALUATOR,
                    "A system entered a new growth phase after holding the new level for the stabilization window."),
            new EventType("scaleplan.phase.forecast", PhaseForecast.class, Topics.PHASE_CHANGES, PHASE_EVALUATOR,
                    "When a system will cross into its next growth phase at its current growth rate."),
            new EventType("scaleplan.alert.firing", AlertFiring.class, Topics.ALERTS, PHASE_EVALUATOR,
                    "An alert rule's condition held for its pending period, so the alert started firing."),
            new EventType("scaleplan.alert.resolved", AlertResolved.class, Topics.ALERTS, PHASE_EVALUATOR,
                    "A firing alert's condition no longer holds, so the alert stopped firing."),
            new EventType("scaleplan.cost.budget-threshold-crossed", BudgetThresholdCrossed.class, Topics.COST_EVENTS,
                    COST_SERVICE, "A system's actual or forecasted monthly spend reached a threshold of its budget."),
            new EventType("scaleplan.cost.projected", CostProjected.class, Topics.COST_EVENTS, COST_SERVICE,
                    "The monthly cost of running a system in a growth phase."),
            new EventType("scaleplan.cost.anomaly-detected", CostAnomalyDetected.class, Topics.COST_EVENTS,
                    COST_SERVICE, "A system's spend rate in one cost category rose well above its baseline."),
            new EventType("scaleplan.cost.budget-set", BudgetSet.class, Topics.BUDGETS, COST_SERVICE,
                    "An admin set a system's monthly budget and its thresholds."),
            new EventType("scaleplan.cost.budget-removed", BudgetRemoved.class, Topics.BUDGETS, COST_SERVICE,
                    "An admin removed a system's budget."),
            new EventType("scaleplan.security.incident-detected", SecurityIncidentDetected.class,
                    Topics.SECURITY_EVENTS, SECURITY_SERVICE, "Abuse or an attack was detected against a system."),
            new EventType("scaleplan.security.decision-issued", DecisionIssued.class, Topics.SECURITY_EVENTS,
                    SECURITY_SERVICE, "Requests of a scope to a system are blocked or throttled until it expires."),
            new EventType("scaleplan.security.decision-expired", DecisionExpired.class, Topics.SECURITY_EVENTS,
                    SECURITY_SERVICE, "A block or throttle decision no longer applies."),
            new EventType("scaleplan.security.posture-changed", PostureChanged.class, Topics.SECURITY_EVENTS,
                    SECURITY_SERVICE, "A system's security posture changed with its growth phase."),
            new EventType("scaleplan.incident.opened", IncidentOpened.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "A new incident was opened for a system."),
            new EventType("scaleplan.incident.repeated", IncidentRepeated.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "A signal with an open incident's fingerprint joined that incident."),
            new EventType("scaleplan.incident.acknowledged", IncidentAcknowledged.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "Someone took ownership of an open incident."),
            new EventType("scaleplan.incident.resolved", IncidentResolved.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "An incident was closed, by a person or because its cause went away."),
            new EventType("scaleplan.incident.escalated", IncidentEscalated.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "An incident needs a human: its runbook failed or it went unacknowledged."),
            new EventType("scaleplan.runbook.step-started", RunbookStepStarted.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "A runbook step began an attempt for an incident."),
            new EventType("scaleplan.runbook.step-succeeded", RunbookStepSucceeded.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "An attempt of a runbook step succeeded."),
            new EventType("scaleplan.runbook.step-failed", RunbookStepFailed.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "An attempt of a runbook step failed or timed out."),
            new EventType("scaleplan.incident.action-requested", ActionRequested.class, Topics.INCIDENT_EVENTS,
                    INCIDENT_SERVICE, "A runbook asks another service to act for an incident, e.g. block a client."),
            new EventType("scaleplan.api-key.issued", ApiKeyIssued.class, Topics.API_KEYS, SECURITY_SERVICE,
                    "An admin created an API key; only the hash of its secret is recorded."),
            new EventType("scaleplan.api-key.revoked", ApiKeyRevoked.class, Topics.API_KEYS, SECURITY_SERVICE,
                    "An admin revoked an API key."),
            new EventType("scaleplan.access.action-audited", ActionAudited.class, Topics.SECURITY_EVENTS,
                    ACCESS_LIBRARY, "An admin or operator action was attempted on a Scaleplan API, and how it ended."));

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType> named(String ceType) {
        return Optional.ofNullable(BY_NAME.get(ceType));
    }

    /**
     * The type of {@code event}, checked against the single-writer rule: only its producer may publish it (any
     * service for the access library's records).
     *
     * @throws IllegalStateException if {@code service} may not publish it
     */
    public static EventType writableBy(ScaleplanEvent event, String service) {
        EventType type = of(event.getClass());
        if (!type.producer().equals(service) && !type.producer().equals(ACCESS_LIBRARY)) {
            throw new IllegalStateException(service + " may not publish " + type.type() + ": only " + type.producer()
                    + " writes " + type.topic());
        }
        return type;
    }

    public static EventType of(Class<?> javaType) {
        EventType type = BY_CLASS.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not a registered Scaleplan event");
        }
        return type;
    }
}
