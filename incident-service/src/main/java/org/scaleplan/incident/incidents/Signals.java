package org.scaleplan.incident.incidents;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.SecurityIncidentDetected;
import org.scaleplan.incident.incidents.Signal.Kind;

/**
 * The signal each record of the other services' topics is, if any. Every incident of a kind gets a fingerprint
 * naming what it is about, so that the same problem reported again joins its incident:
 * <ul>
 * <li>alerts: the alert's own fingerprint; {@code AlertResolved} resolves it;</li>
 * <li>security incidents (not simulated ones): system, scenario and scope;</li>
 * <li>budget thresholds: system, month, basis and threshold (one incident per threshold per month);</li>
 * <li>cost anomalies: system and category; cost projections that do not fit the budget: system and phase;</li>
 * <li>phase changes: system and the phase entered, with labels {@code phase} and {@code direction} for the
 * phase-entry runbooks.</li>
 * </ul>
 */
public final class Signals {

    private Signals() {
    }

    public static Optional<Signal> of(ScaleplanEvent event) {
        if (event instanceof AlertFiring a) {
            Map<String, String> labels = new LinkedHashMap<>(a.labels());
            labels.put("alertname", a.alertname());
            return Optional.of(new Signal(a.eventId(), a.occurredAt(), a.system(), a.fingerprint(),
                    IncidentSource.ALERT, Kind.TRIGGER, a.annotations().getOrDefault("summary",
                            a.alertname() + " on " + a.system()), a.severity(), labels));
        }
        if (event instanceof AlertResolved r) {
            return Optional.of(new Signal(r.eventId(), r.occurredAt(), r.system(), r.fingerprint(),
                    IncidentSource.ALERT, Kind.RESOLVE, r.alertname() + " resolved on " + r.system(), r.severity(),
                    r.labels()));
        }
        if (event instanceof SecurityIncidentDetected s && !s.simulated()) {
            String scope = s.scope().type().name().toLowerCase(Locale.ROOT);
            return Optional.of(new Signal(s.eventId(), s.occurredAt(), s.system(),
                    String.join("/", s.system(), "security", s.scenario(), scope, s.scope().value()),
                    IncidentSource.SECURITY, Kind.TRIGGER, s.summary(), s.severity(),
                    Map.of("scenario", s.scenario(), "scope", scope, scopeLabel(scope), s.scope().value())));
        }
        if (event instanceof BudgetThresholdCrossed b) {
            String basis = b.basis().name().toLowerCase(Locale.ROOT);
            return Optional.of(new Signal(b.eventId(), b.occurredAt(), b.system(),
                    String.join("/", b.system(), "budget", b.period().toString(), basis,
                            Integer.toString(b.thresholdPercent())),
                    IncidentSource.COST, Kind.TRIGGER, basis + " spend of " + b.system() + " reached "
                            + b.thresholdPercent() + "% of its " + b.period() + " budget",
                    b.thresholdPercent() >= 100 ? "critical" : "warning",
                    Map.of("kind", "budget", "basis", basis, "threshold", Integer.toString(b.thresholdPercent()))));
        }
        if (event instanceof CostAnomalyDetected c) {
            return Optional.of(new Signal(c.eventId(), c.occurredAt(), c.system(),
                    String.join("/", c.system(), "cost-anomaly", c.category()), IncidentSource.COST, Kind.TRIGGER,
                    c.category() + " spend of " + c.system() + " is " + Math.round(c.impactPercent())
                            + "% above its baseline",
                    "warning", Map.of("kind", "anomaly", "category", c.category())));
        }
        if (event instanceof CostProjected p && Boolean.FALSE.equals(p.fitsBudget())) {
            return Optional.of(new Signal(p.eventId(), p.occurredAt(), p.system(),
                    String.join("/", p.system(), "cost-projection", Integer.toString(p.phase())),
                    IncidentSource.COST, Kind.TRIGGER, "phase " + p.phase() + " of " + p.system()
                            + " will cost " + p.monthlyUsd() + " USD a month, over budget",
                    "warning", Map.of("kind", "projection", "phase", Integer.toString(p.phase()))));
        }
        if (event instanceof PhaseChanged p) {
            return Optional.of(new Signal(p.eventId(), p.occurredAt(), p.system(),
                    String.join("/", p.system(), "phase", Integer.toString(p.phase())), IncidentSource.PHASE_CHANGE,
                    Kind.TRIGGER, p.system() + " entered phase " + p.phase() + " (" + p.phaseName() + ")", "info",
                    Map.of("phase", Integer.toString(p.phase()), "phaseName", p.phaseName(),
                            "direction", p.direction().name().toLowerCase(Locale.ROOT))));
        }
        return Optional.empty();
    }

    /** The label holding a scope's value: {@code client_ip} for an address, else e.g. {@code key} or {@code user}. */
    private static String scopeLabel(String scope) {
        return scope.equals("address") ? "client_ip" : scope;
    }
}
