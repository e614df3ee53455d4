package org.scaleplan.security.decisions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.scaleplan.config.Durations;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.scaleplan.contracts.security.SecurityIncidentDetected;
import org.scaleplan.security.decisions.DecisionBook.Change;
import org.scaleplan.security.detection.Escalation;
import org.scaleplan.security.detection.Overflow;
import org.scaleplan.security.detection.Scenario;

/**
 * What security-service decides about a system's scopes: on a detection, a {@link SecurityIncidentDetected} and,
 * for a live scenario with a decision, a decision whose TTL doubles with each repeat offence; on incident-service's
 * {@code block-client} / {@code throttle-client} requests and on admins' commands, the decision asked for. A shadow
 * scenario's detection is published as simulated, so nothing acts on it. Ids derive from what caused them.
 */
public final class DecisionMaker {

    /** The scope of a detection about a whole system (a surge): every address. */
    static final Scope EVERY_ADDRESS = new Scope(ScopeType.ADDRESS, "*");
    static final Duration DEFAULT_REQUEST_TTL = Duration.ofHours(1);
    private static final Map<String, DecisionAction> REQUESTS = Map.of("block-client", DecisionAction.BLOCK,
            "throttle-client", DecisionAction.THROTTLE);
    private static final Map<String, ScopeType> SCOPE_PARAMETERS = Map.of("address", ScopeType.ADDRESS,
            "key", ScopeType.KEY, "user", ScopeType.USER);

    private DecisionMaker() {
    }

    public static Change<SystemEvent> onOverflow(DecisionBook book, Overflow overflow, DecisionLimits limits) {
        Scenario scenario = overflow.scenario();
        Scope scope = overflow.scope() != null ? overflow.scope() : EVERY_ADDRESS;
        boolean acts = scenario.mode() == Scenario.Mode.LIVE;
        SecurityIncidentDetected incident = new SecurityIncidentDetected(EventIds.of("security-incident",
                overflow.system(), scenario.id(), scope, overflow.at()), overflow.at(), overflow.system(),
                scenario.id(), scope, scenario.severity(), overflow.summary(), !acts, overflow.causedBy());
        List<SystemEvent> events = new ArrayList<>(List.of(incident));
        if (!acts || scenario.decision() == null || overflow.scope() == null) {
            return new Change<>(book, events);
        }
        Duration ttl = Escalation.ttl(scenario.decision(), book.offenceAt(scope, overflow.at()));
        Change<SystemEvent> issued = issue(book, limits, b -> b.issue(overflow.system(),
                incident.eventId().toString(), scenario.decision().action(), scope, overflow.at(), ttl,
                scenario.id() + ": " + overflow.summary(), List.of(incident.eventId())));
        events.addAll(issued.events());
        return new Change<>(issued.book(), events, issued.reached());
    }

    /** Whether {@code request} asks security-service (others' actions are not its business). */
    public static boolean handles(ActionRequested request) {
        return REQUESTS.containsKey(request.action());
    }

    /**
     * @throws IllegalArgumentException naming the parameter, when the request is not one security-service can do
     */
    public static Change<SystemEvent> onRequest(DecisionBook book, ActionRequested request, DecisionLimits limits) {
        DecisionAction action = REQUESTS.get(request.action());
        if (action == null) {
            throw new IllegalArgumentException("security-service does not do action " + request.action()
                    + "; it does " + REQUESTS.keySet());
        }
        List<Scope> scopes = SCOPE_PARAMETERS.entrySet().stream()
                .filter(p -> request.parameters().get(p.getKey()) != null
                        && !request.parameters().get(p.getKey()).isBlank())
                .map(p -> new Scope(p.getValue(), request.parameters().get(p.getKey()))).toList();
        if (scopes.size() != 1) {
            throw new IllegalArgumentException(request.action() + " needs exactly one of the parameters "
                    + SCOPE_PARAMETERS.keySet() + ", had " + request.parameters().keySet());
        }
        Duration ttl = ttl(request);
        return issue(book, limits, b -> b.issue(request.system(), request.eventId().toString(), action,
                scopes.get(0), request.occurredAt(), ttl, "incident " + request.incidentId() + ": "
                        + request.action(), List.of(request.eventId())));
    }

    public static Change<SystemEvent> onCommand(DecisionBook book, DecisionCommand command, DecisionLimits limits) {
        if (command.kind() == DecisionCommand.Kind.ISSUE) {
            return issue(book, limits, b -> b.issue(command.system(), command.decisionId(), command.action(),
                    command.scope(), command.at(), command.ttl(), command.reason() + " (by " + command.by() + ")",
                    List.of()));
        }
        Change<?> ended = book.end(command.decisionId(), command.at(), "deleted by " + command.by());
        return new Change<>(ended.book(), ended.events().stream().map(SystemEvent.class::cast).toList());
    }

    /**
     * Issues a decision unless the book is full; the book then remembers the offences of at most as many scopes
     * as {@code limits} allow.
     */
    private static Change<SystemEvent> issue(DecisionBook book, DecisionLimits limits,
            Function<DecisionBook, Change<DecisionIssued>> issue) {
        if (book.full(limits)) {
            return new Change<>(book, List.of(), Set.of(DecisionBound.DECISIONS_PER_SYSTEM));
        }
        Change<DecisionIssued> issued = issue.apply(book);
        DecisionBook trimmed = issued.book().trimmed(limits.maxOffendersPerSystem());
        return new Change<>(trimmed, List.<SystemEvent>copyOf(issued.events()),
                trimmed == issued.book() ? Set.of() : Set.of(DecisionBound.OFFENDERS_PER_SYSTEM));
    }

    private static Duration ttl(ActionRequested request) {
        String ttl = request.parameters().get("ttl");
        if (ttl == null || ttl.isBlank()) {
            return DEFAULT_REQUEST_TTL;
        }
        return Durations.parse(ttl).filter(d -> !d.isZero())
                .orElseThrow(() -> new IllegalArgumentException("ttl must be a duration such as 15m or 1h, was " + ttl));
    }
}
