package org.scaleplan.testsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.PostureChanged;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.contracts.security.SecurityIncidentDetected;

/** Valid contract records with plausible values and a fresh {@code eventId} each, for tests that need "one of". */
public final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    private SampleEvents() {
    }

    public static MetricSample metricSample(String system) {
        return metricSample(system, "active_users");
    }

    /** A sample of {@code metric}: a service passes over the samples of metrics it does not read. */
    public static MetricSample metricSample(String system, String metric) {
        return new MetricSample(UUID.randomUUID(), AT, system, metric, Map.of("region", "eu"), 1234, AT);
    }

    public static PhaseChanged phaseChanged(String system) {
        return new PhaseChanged(UUID.randomUUID(), AT, system, 1, 2, "Growth", Direction.UP, 1200,
                List.of("load balancing", "database replication"), List.of(UUID.randomUUID()));
    }

    public static AlertFiring alertFiring(String system) {
        return new AlertFiring(UUID.randomUUID(), AT, system, system + "/HighErrorRate", "HighErrorRate", "critical",
                Map.of("service", "checkout"), Map.of("summary", "error ratio 7%"), 0.07, 0.05, AT,
                List.of(UUID.randomUUID()));
    }

    public static BudgetThresholdCrossed budgetThresholdCrossed(String system) {
        return new BudgetThresholdCrossed(UUID.randomUUID(), AT, system, YearMonth.of(2026, 11), Basis.FORECASTED,
                80, new BigDecimal("1000.00"), new BigDecimal("812.40"), List.of());
    }

    public static BudgetSet budgetSet(String system) {
        return new BudgetSet(UUID.randomUUID(), AT, system, new BigDecimal("1000"), List.of(50, 80, 100),
                List.of(Basis.ACTUAL, Basis.FORECASTED), "admin");
    }

    public static CostProjected costProjected(String system) {
        return new CostProjected(UUID.randomUUID(), AT, system, 2, new BigDecimal("2400.00"), new BigDecimal("2.00"),
                new BigDecimal("3000.00"), true, List.of(UUID.randomUUID()));
    }

    public static DecisionIssued decisionIssued(String system) {
        return new DecisionIssued(UUID.randomUUID(), AT, system, "d-" + UUID.randomUUID(), DecisionAction.BLOCK,
                new Scope(ScopeType.ADDRESS, "203.0.113.7"), AT.plusSeconds(3600), "auth-failure spike",
                List.of(UUID.randomUUID()));
    }

    public static SecurityIncidentDetected securityIncidentDetected(String system) {
        return new SecurityIncidentDetected(UUID.randomUUID(), AT, system, "credential-stuffing",
                new Scope(ScopeType.ADDRESS, "203.0.113.7"), "high", "62 users failed from one address", false,
                List.of(UUID.randomUUID()));
    }

    public static PostureChanged postureChanged(String system) {
        return new PostureChanged(UUID.randomUUID(), AT, system, 2, "advanced", Map.of("api-key-max-age", "P90D"),
                List.of(UUID.randomUUID()));
    }

    public static IncidentOpened incidentOpened(String system) {
        return new IncidentOpened(UUID.randomUUID(), AT, system, "inc-" + UUID.randomUUID(), system + "/HighErrorRate",
                IncidentSource.ALERT, "HighErrorRate on " + system, "critical", Map.of(), List.of(UUID.randomUUID()));
    }

    public static RunbookStepStarted runbookStepStarted(String system) {
        return new RunbookStepStarted(UUID.randomUUID(), AT, system, "inc-1", "high-error-rate", "page", "http", 1,
                List.of(UUID.randomUUID()));
    }

    public static ActionRequested actionRequested(String system) {
        return new ActionRequested(UUID.randomUUID(), AT, system, "inc-1", "block-client",
                Map.of("address", "203.0.113.7", "ttl", "1h"), List.of(UUID.randomUUID()));
    }
}
