package org.scaleplan.security.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;

/**
 * One system's decisions, as security-service keeps them: the active ones, and how often each scope has offended
 * lately (for TTLs that grow with repeat offences). Only records and maps, so it is stored as JSON and read back
 * equal. Event ids derive from the decision id, so a decision re-issued after a restart is the same fact. It holds
 * what {@link DecisionLimits} allow, and empties as decisions expire and offences are forgotten.
 *
 * @param active the decisions in force, by decision id
 * @param offences per scope ({@code TYPE:value}), its detections within {@link #OFFENCES_KEPT} of each other
 */
public record DecisionBook(Map<String, DecisionIssued> active, Map<String, Offences> offences) {

    /** A scope that has not offended for this long starts again from its first offence. */
    public static final Duration OFFENCES_KEPT = Duration.ofHours(24);

    /** @param last when the scope last offended */
    public record Offences(int count, Instant last) {
    }

    /** A book, the events of one change to it, and the bounds the change met. */
    public record Change<E>(DecisionBook book, List<E> events, Set<DecisionBound> reached) {

        public Change {
            events = List.copyOf(events);
            reached = Set.copyOf(reached);
        }

        public Change(DecisionBook book, List<E> events) {
            this(book, events, Set.of());
        }
    }

    public DecisionBook {
        active = Collections.unmodifiableMap(new TreeMap<>(active == null ? Map.of() : active));
        offences = Collections.unmodifiableMap(new TreeMap<>(offences == null ? Map.of() : offences));
    }

    public static DecisionBook empty() {
        return new DecisionBook(Map.of(), Map.of());
    }

    /** Whether it holds nothing: no decision in force, no offence remembered. */
    public boolean holdsNothing() {
        return active.isEmpty() && offences.isEmpty();
    }

    /** Whether it holds as many decisions in force as {@code limits} allow. */
    public boolean full(DecisionLimits limits) {
        return active.size() >= limits.maxDecisionsPerSystem();
    }

    /** The book remembering the offences of at most {@code max} scopes: those that offended last. */
    public DecisionBook trimmed(int max) {
        if (offences.size() <= max) {
            return this;
        }
        Map<String, Offences> latest = new TreeMap<>();
        offences.entrySet().stream()
                .sorted(Map.Entry.<String, Offences>comparingByValue(Comparator.comparing(Offences::last)).reversed())
                .limit(max).forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
        return new DecisionBook(active, latest);
    }

    /** The offence {@code scope} commits {@code at}: 1 for a first one, or a first after a quiet day. */
    public int offenceAt(Scope scope, Instant at) {
        Offences before = offences.get(key(scope));
        return before == null || before.last().plus(OFFENCES_KEPT).isBefore(at) ? 1 : before.count() + 1;
    }

    /** Issues a decision against {@code scope} until {@code at + ttl}, counting the offence. */
    public Change<DecisionIssued> issue(String system, String decisionId, DecisionAction action, Scope scope,
            Instant at, Duration ttl, String reason, List<UUID> causedBy) {
        DecisionIssued issued = new DecisionIssued(EventIds.of("decision-issued", decisionId), at, system, decisionId,
                action, scope, at.plus(ttl), reason, causedBy);
        Map<String, DecisionIssued> nextActive = new TreeMap<>(active);
        nextActive.put(decisionId, issued);
        Map<String, Offences> nextOffences = new TreeMap<>(offences);
        nextOffences.put(key(scope), new Offences(offenceAt(scope, at), at));
        return new Change<>(new DecisionBook(nextActive, nextOffences), List.of(issued));
    }

    /**
     * Ends every active decision whose time is up as of {@code now}, and forgets the offences older than
     * {@link #OFFENCES_KEPT}: they would count as first offences again anyway.
     */
    public Change<DecisionExpired> expire(Instant now) {
        List<DecisionExpired> ended = new ArrayList<>();
        active.values().stream().filter(decision -> !decision.expiresAt().isAfter(now))
                .forEach(decision -> ended.add(ended(decision, decision.expiresAt(), "ttl")));
        Change<DecisionExpired> expired = without(ended);
        Map<String, Offences> recent = new TreeMap<>(offences);
        recent.values().removeIf(offence -> offence.last().plus(OFFENCES_KEPT).isBefore(now));
        return recent.size() == offences.size() ? expired
                : new Change<>(new DecisionBook(expired.book().active(), recent), expired.events());
    }

    /** Ends decision {@code decisionId} now, e.g. an admin deleted it; nothing when it is not active. */
    public Change<DecisionExpired> end(String decisionId, Instant now, String reason) {
        DecisionIssued decision = active.get(decisionId);
        return decision == null ? new Change<>(this, List.of()) : without(List.of(ended(decision, now, reason)));
    }

    private Change<DecisionExpired> without(List<DecisionExpired> ended) {
        if (ended.isEmpty()) {
            return new Change<>(this, ended);
        }
        Map<String, DecisionIssued> nextActive = new TreeMap<>(active);
        ended.forEach(expired -> nextActive.remove(expired.decisionId()));
        return new Change<>(new DecisionBook(nextActive, offences), ended);
    }

    private static DecisionExpired ended(DecisionIssued decision, Instant at, String reason) {
        return new DecisionExpired(EventIds.of("decision-expired", decision.decisionId()), at, decision.system(),
                decision.decisionId(), decision.scope(), reason, List.of(decision.eventId()));
    }

    private static String key(Scope scope) {
        return scope.type() + ":" + scope.value();
    }
}
