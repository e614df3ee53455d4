package org.scaleplan.bench.soak;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The on-call engineer of the soak: every second of wall time (a few simulated hours) they resolve each open cost
 * incident (a budget threshold, a projection over budget), as a team does once it has read them. Only an operator
 * resolves those (docs/incidents.md), and an open incident is held however long it stays open: left alone, they would
 * pile up month after month, which is the team's doing, not the service's.
 */
final class IncidentOperator implements AutoCloseable {

    private static final String OPEN_COST = "/v1/incidents?status=OPEN&limit=1000";
    private static final Pattern EXPECTED = Pattern.compile(" answered (404|409|429) ");

    private final ServiceApi incidents;
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "soak-operator");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong resolved = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    IncidentOperator(ServiceApi incidents) {
        this.incidents = incidents;
        rounds.scheduleWithFixedDelay(this::round, 1, 1, TimeUnit.SECONDS);
    }

    /** Cost incidents resolved so far; fails if a round could not talk to incident-service. */
    long resolved() {
        if (failure.get() != null) {
            throw new IllegalStateException("the operator could not resolve incidents: " + failure.get().getMessage(),
                    failure.get());
        }
        return resolved.get();
    }

    private void round() {
        try {
            for (JsonNode incident : incidents.getJson(OPEN_COST)) {
                if (incident.path("source").asString().equals("COST")) {
                    incidents.post("/v1/incidents/" + incident.path("incidentId").asString() + "/resolve",
                            "{\"reason\": \"read by the soak's operator\"}");
                    resolved.incrementAndGet();
                }
            }
        } catch (RuntimeException e) {
            // The list is a moment old: the incident may have resolved (409) or left memory (404) since, and the key's
            // write limit (429, 10 a second) may end a round early. The next round sees the list as it is then.
            if (!EXPECTED.matcher(String.valueOf(e.getMessage())).find()) {
                failure.compareAndSet(null, e);
            }
        }
    }

    @Override
    public void close() {
        rounds.shutdownNow();
    }
}
