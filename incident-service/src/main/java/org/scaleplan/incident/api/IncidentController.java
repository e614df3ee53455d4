package org.scaleplan.incident.api;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.NotFoundException;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.incident.engine.Inbox;
import org.scaleplan.incident.engine.InboxEntry;
import org.scaleplan.incident.engine.InboxEntry.Kind;
import org.scaleplan.incident.incidents.Departure;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.incidents.IncidentConflictException;
import org.scaleplan.incident.incidents.IncidentView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents for people: list and read them with their whole timeline; acknowledge, resolve and approve. A command is
 * checked against the incident as this instance sees it (404, 409), then handed to the instance that owns the
 * system through the inbox and answered 202 once Kafka has it; the owner applies it in order with everything else.
 * An incident that left memory (resolved long enough ago) is answered 404 with when and why.
 */
@RestController
class IncidentController {

    private final IncidentView view;
    private final Inbox inbox;
    private final Clock clock;

    IncidentController(IncidentView view, Inbox inbox, Clock clock) {
        this.view = view;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** One event of an incident's timeline, with its CloudEvents type. */
    record TimelineEntry(String type, SystemEvent event) {
    }

    record IncidentDetail(Incident incident, List<TimelineEntry> timeline) {
    }

    /** @param reason why the operator resolves it (optional) */
    record Resolution(@Nullable String reason) {
    }

    record Accepted(String incidentId, String command) {
    }

    @GetMapping("/v1/incidents")
    List<Incident> incidents(@RequestParam(required = false) Incident.Status status,
            @RequestParam(required = false) String system, @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "100") int limit, Caller caller) {
        Predicate<Incident> filter = incident -> caller.canSee(incident.system())
                && (status == null || incident.status() == status)
                && (system == null || incident.system().equals(system))
                && (severity == null || incident.severity().equalsIgnoreCase(severity));
        return view.incidents(filter, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/v1/incidents/{id}")
    IncidentDetail incident(@PathVariable String id, Caller caller) {
        Incident incident = visible(id, caller);
        return new IncidentDetail(incident, view.timeline(id).stream()
                .map(event -> new TimelineEntry(EventTypes.of(event.getClass()).type(), event))
                .toList());
    }

    @PostMapping("/v1/incidents/{id}/acknowledge")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted acknowledge(@PathVariable String id, Caller caller) {
        Incident incident = visible(id, caller);
        view.decide(incidents -> incidents.decideAcknowledge(id, caller.name(), clock.instant()));
        return send(Kind.ACKNOWLEDGE, incident, caller, null);
    }

    @PostMapping("/v1/incidents/{id}/resolve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted resolve(@PathVariable String id, @RequestBody(required = false) @Nullable Resolution resolution,
            Caller caller) {
        Incident incident = visible(id, caller);
        String reason = resolution == null ? null : resolution.reason();
        view.decide(incidents -> incidents.decideResolve(id, caller.name(), reason, clock.instant()));
        return send(Kind.RESOLVE, incident, caller, reason);
    }

    @PostMapping("/v1/incidents/{id}/approve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted approve(@PathVariable String id, Caller caller) {
        Incident incident = visible(id, caller);
        if (incident.resolved()) {
            throw new IncidentConflictException(id + " is resolved");
        }
        return send(Kind.APPROVE, incident, caller, null);
    }

    private Accepted send(Kind kind, Incident incident, Caller caller, @Nullable String reason) {
        inbox.send(InboxEntry.command(kind, incident.system(), incident.incidentId(), caller.name(), reason,
                clock.instant()));
        return new Accepted(incident.incidentId(), kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The incident, if the caller may see its system. Else a 404: saying when and why it left memory if it did so
     * lately and the caller may see its system, otherwise the same as for an incident that does not exist.
     */
    private Incident visible(String id, Caller caller) {
        Optional<Incident> incident = view.incident(id).filter(held -> caller.canSee(held.system()));
        if (incident.isPresent()) {
            return incident.get();
        }
        Optional<Departure> departure = view.departure(id).filter(gone -> caller.canSee(gone.system()));
        if (departure.isPresent()) {
            throw new IncidentAgedOutException(departure.get());
        }
        throw new NotFoundException("no incident " + id + " the caller may see");
    }
}
