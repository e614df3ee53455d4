package org.scaleplan.incident.incidents;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.incident.runs.RunMachine;

/**
 * The events of one incident in the order they were applied, by event id so that one applied twice counts once.
 * The run's runbook and last step are kept beside the entries, so trimming the oldest entries never changes what
 * the run does next.
 */
final class Timeline {

    private final Map<UUID, SystemEvent> entries = new LinkedHashMap<>();
    private @Nullable String runbook;
    private @Nullable SystemEvent lastStep;

    boolean holds(UUID eventId) {
        return entries.containsKey(eventId);
    }

    void add(SystemEvent event) {
        entries.put(event.eventId(), event);
        if (event instanceof RunbookStepStarted started && runbook == null) {
            runbook = started.runbookId();
        }
        if (RunMachine.isStepEvent(event)) {
            lastStep = event;
        }
    }

    /** Drops the oldest entries after the first (the opening) while more than {@code max} are held. */
    List<SystemEvent> trim(int max) {
        List<SystemEvent> dropped = new ArrayList<>();
        Iterator<SystemEvent> oldest = entries.values().iterator();
        oldest.next();
        while (entries.size() > max) {
            dropped.add(oldest.next());
            oldest.remove();
        }
        return dropped;
    }

    List<SystemEvent> entries() {
        return List.copyOf(entries.values());
    }

    int size() {
        return entries.size();
    }

    @Nullable
    String runbook() {
        return runbook;
    }

    @Nullable
    SystemEvent lastStep() {
        return lastStep;
    }
}
