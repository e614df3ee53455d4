package org.scaleplan.incident.runbooks;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.incident.IncidentSource;

/**
 * Which incidents start a runbook: those opened from {@code source} whose labels include every entry of
 * {@code match}. An incident's labels include {@code severity} and, per source, e.g. {@code alertname}.
 */
public record Trigger(IncidentSource source, Map<String, String> match) {

    public Trigger {
        Require.present(source, "source");
        match = match == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(match));
    }

    public boolean matches(IncidentSource incidentSource, Map<String, String> labels) {
        return source == incidentSource && labels.entrySet().containsAll(match.entrySet());
    }
}
