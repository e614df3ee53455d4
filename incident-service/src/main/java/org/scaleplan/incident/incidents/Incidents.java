package org.scaleplan.incident.incidents;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentAcknowledged;
import org.scaleplan.contracts.incident.IncidentEscalated;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.incident.incidents.Incident.Status;

/**
 * Incidents as their events tell them, and what a signal or an operator's command does to them. Deciding and
 * changing are apart: {@code decide...} answers the events to publish and changes nothing; {@link #apply} folds a
 * published event in. So the same class rebuilds the state from {@code scaleplan.incident-events.v1} and decides
 * from it, and a decision repeated after a crash (the same signal delivered again) finds its own effect already
 * applied and decides nothing. Event ids are derived from what they record, so a repeat would carry the same id.
 */
public final class Incidents {

    /** Who resolves an incident whose cause went away. */
    public static final String SELF = "incident-service";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final Map<String, Incident> byId = new HashMap<>();
    private final Map<String, String> openByFingerprint = new HashMap<>();
    private final SeenSignals seenSignals = new SeenSignals();

    /** The events {@code signal} leads to: open, join, resolve, or nothing (a repeat, or a resolve of nothing). */
    public List<SystemEvent> decide(Signal signal) {
        if (seenSignals.contains(signal.eventId())) {
            return List.of();
        }
        Optional<Incident> open = open(signal.system(), signal.fingerprint());
        if (signal.kind() == Signal.Kind.RESOLVE) {
            return open.<List<SystemEvent>>map(incident -> List.of(new IncidentResolved(
                    EventIds.of("incident-resolved", incident.incidentId()), signal.occurredAt(), incident.system(),
                    incident.incidentId(), SELF, signal.source().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + " resolved", List.of(incident.openedBy(), signal.eventId()))))
                    .orElse(List.of());
        }
        if (open.isPresent()) {
            Incident incident = open.get();
            return List.of(new IncidentRepeated(EventIds.of("incident-repeated", incident.incidentId(),
                    signal.eventId()), signal.occurredAt(), signal.system(), incident.incidentId(),
                    signal.fingerprint(), signal.title(), signal.severity(), signal.labels(),
                    List.of(signal.eventId())));
        }
        return List.of(new IncidentOpened(openedId(signal), signal.occurredAt(), signal.system(),
                incidentId(signal), signal.fingerprint(), signal.source(), signal.title(), signal.severity(),
                signal.labels(), List.of(signal.eventId())));
    }

    /** An operator takes ownership of an open incident. */
    public IncidentAcknowledged decideAcknowledge(String incidentId, String by, Instant at) {
        Incident incident = require(incidentId);
        if (incident.status() != Status.OPEN) {
            throw new IncidentConflictException(incidentId + " is " + incident.status().name().toLowerCase(Locale.ROOT)
                    + "; only an open incident can be acknowledged");
        }
        return new IncidentAcknowledged(EventIds.of("incident-acknowledged", incidentId), at, incident.system(),
                incidentId, by, List.of(incident.openedBy()));
    }

    /** An operator (or the service, when a run completes) closes an incident that is not resolved yet. */
    public IncidentResolved decideResolve(String incidentId, String by, String reason, Instant at) {
        Incident incident = require(incidentId);
        if (incident.resolved()) {
            throw new IncidentConflictException(incidentId + " is already resolved");
        }
        return new IncidentResolved(EventIds.of("incident-resolved", incidentId), at, incident.system(), incidentId,
                by, reason, List.of(incident.openedBy()));
    }

    /** The incident needs a person; {@code causedBy} names what led to it besides its opening. */
    public IncidentEscalated decideEscalate(String incidentId, String reason, List<UUID> causedBy, Instant at) {
        Incident incident = require(incidentId);
        List<UUID> causes = new ArrayList<>(List.of(incident.openedBy()));
        causes.addAll(causedBy);
        return new IncidentEscalated(EventIds.of("incident-escalated", incidentId, reason), at, incident.system(),
                incidentId, reason, causes);
    }

    /** Folds one published incident event in; other records are ignored. Applying an event twice changes nothing. */
    public void apply(SystemEvent event) {
        seenSignals.record(event);
        if (event instanceof IncidentOpened opened) {
            if (!byId.containsKey(opened.incidentId())) {
                Incident incident = new Incident(opened.incidentId(), opened.system(), opened.fingerprint(),
                        opened.source(), opened.title(), opened.severity(), opened.labels(), Status.OPEN, false,
                        opened.occurredAt(), opened.occurredAt(), null, opened.eventId(), opened.causedBy());
                byId.put(incident.incidentId(), incident);
                openByFingerprint.put(key(opened.system(), opened.fingerprint()), incident.incidentId());
            }
        } else if (event instanceof IncidentRepeated repeated) {
            update(repeated.incidentId(), incident -> repeated.causedBy().stream()
                    .filter(signal -> !incident.signals().contains(signal))
                    .reduce(incident, (i, signal) -> i.joined(signal, repeated.occurredAt()), (a, b) -> b));
        } else if (event instanceof IncidentAcknowledged acknowledged) {
            update(acknowledged.incidentId(), incident -> incident.resolved() ? incident
                    : incident.withStatus(Status.ACKNOWLEDGED, acknowledged.occurredAt()));
        } else if (event instanceof IncidentEscalated escalated) {
            update(escalated.incidentId(), incident -> incident.escalated(escalated.occurredAt()));
        } else if (event instanceof IncidentResolved resolved) {
            update(resolved.incidentId(), incident -> incident.resolved() ? incident
                    : incident.withStatus(Status.RESOLVED, resolved.occurredAt()));
            Incident incident = byId.get(resolved.incidentId());
            if (incident != null) {
                openByFingerprint.remove(key(incident.system(), incident.fingerprint()), incident.incidentId());
            }
        }
    }

    /** Lets go of an incident and of the signal ids its timeline {@code entries} recorded. */
    void forget(String incidentId, List<SystemEvent> entries) {
        Incident incident = byId.remove(incidentId);
        if (incident != null) {
            openByFingerprint.remove(key(incident.system(), incident.fingerprint()), incidentId);
        }
        entries.forEach(seenSignals::forget);
    }

    /** Lets go of the signal ids a timeline entry of an incident recorded, as the entry leaves the timeline. */
    void forgetEntry(String incidentId, SystemEvent entry) {
        seenSignals.forget(entry);
        update(incidentId, incident -> incident.without(SeenSignals.of(entry)));
    }

    int size() {
        return byId.size();
    }

    int signalIds() {
        return seenSignals.size();
    }

    public Optional<Incident> get(String incidentId) {
        return Optional.ofNullable(byId.get(incidentId));
    }

    public Collection<Incident> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** The incident not yet resolved with this fingerprint, if any. */
    public Optional<Incident> open(String system, String fingerprint) {
        return Optional.ofNullable(openByFingerprint.get(key(system, fingerprint))).map(byId::get);
    }

    private Incident require(String incidentId) {
        Incident incident = byId.get(incidentId);
        if (incident == null) {
            throw new UnknownIncidentException(incidentId);
        }
        return incident;
    }

    private void update(String incidentId, UnaryOperator<Incident> change) {
        byId.computeIfPresent(incidentId, (id, incident) -> change.apply(incident));
    }

    private static UUID openedId(Signal signal) {
        return EventIds.of("incident-opened", signal.system(), signal.fingerprint(), signal.eventId());
    }

    /** E.g. {@code inc-20261127-3fa85f64}: the day it opened, then a part of an id derived from its first signal. */
    private static String incidentId(Signal signal) {
        return "inc-" + DAY.format(signal.occurredAt()) + "-" + openedId(signal).toString().substring(0, 8);
    }

    private static String key(String system, String fingerprint) {
        return system + '\u0000' + fingerprint;
    }
}
