package org.scaleplan.security.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.messaging.Bounds;

/**
 * The most recent audited actions, newest first, folded from {@code scaleplan.security-events.v1}. The topic is
 * the full record (its retention is the audit retention); this view answers queries over the latest ones, as many
 * as {@value #VIEW_SIZE} says, and counts each older one it lets go.
 */
class AuditLog {

    static final String VIEW_SIZE = "scaleplan.security.audit.view-size";

    private final int capacity;
    private final Bounds bounds;
    private final Deque<ActionAudited> entries = new ArrayDeque<>();

    AuditLog(int capacity, Bounds bounds) {
        this.capacity = capacity;
        this.bounds = bounds;
    }

    void apply(ScaleplanEvent event) {
        if (event instanceof ActionAudited audited && add(audited)) {
            bounds.reached(VIEW_SIZE, capacity, "the oldest audited action left the view (the topic keeps it)");
        }
    }

    /** Whether the oldest entry had to go. */
    private synchronized boolean add(ActionAudited audited) {
        entries.addFirst(audited);
        if (entries.size() <= capacity) {
            return false;
        }
        entries.removeLast();
        return true;
    }

    /** Up to {@code limit} entries matching {@code filter}, newest first. */
    synchronized List<ActionAudited> query(Predicate<ActionAudited> filter, int limit) {
        return entries.stream().filter(filter).limit(limit).toList();
    }

    static Predicate<ActionAudited> matching(AuditQuery query) {
        return Stream.<Predicate<ActionAudited>>of(
                        entry -> query.system() == null || query.system().equals(entry.system()),
                        entry -> query.actor() == null || query.actor().equals(entry.actorKeyId()),
                        entry -> query.outcome() == null || query.outcome() == entry.outcome(),
                        entry -> query.service() == null || query.service().equals(entry.service()))
                .reduce(entry -> true, Predicate::and);
    }
}
