package org.scaleplan.incident.engine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;
import org.scaleplan.incident.runbooks.Templates;

/** One attempt of one step for one incident, as recorded by its {@code RunbookStepStarted}. */
public record StepRun(Incident incident, Runbook runbook, Step step, RunbookStepStarted started) {

    /** The same on every attempt and after a restart, so the target can apply the effect once. */
    public String idempotencyKey() {
        return incident.incidentId() + ":" + step.id();
    }

    public int attempt() {
        return started.attempt();
    }

    /** {@code template} with this run's variables filled in (see {@link Templates}). */
    public String render(String template) {
        Map<String, String> values = new HashMap<>();
        values.put("incident.id", incident.incidentId());
        values.put("incident.system", incident.system());
        values.put("incident.title", incident.title());
        values.put("incident.severity", incident.severity());
        values.put("incident.fingerprint", incident.fingerprint());
        values.put("incident.source", incident.source().name().toLowerCase(Locale.ROOT));
        values.put("runbook.id", runbook.id());
        values.put("step.id", step.id());
        incident.labels().forEach((name, value) -> values.put("labels." + name, value));
        return Templates.render(template, values);
    }
}
