package org.scaleplan.incident.engine;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/** Work due at an instant, for one incident, run on the engine's thread: retry delays, waits, step timeouts. */
final class Timers {

    private record Timer(Instant due, String incidentId, Runnable work) implements Comparable<Timer> {

        @Override
        public int compareTo(Timer other) {
            return due.compareTo(other.due);
        }
    }

    private final PriorityQueue<Timer> queue = new PriorityQueue<>();

    void at(Instant due, String incidentId, Runnable work) {
        queue.add(new Timer(due, incidentId, work));
    }

    /** Runs the work due by {@code now} of the incidents {@code owned} still accepts; drops the others'. */
    void fireDue(Instant now, Predicate<String> owned) {
        while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
            Timer timer = queue.poll();
            if (owned.test(timer.incidentId())) {
                timer.work().run();
            }
        }
    }

    /** Forgets the work of incidents no longer {@code owned}. */
    void retain(Predicate<String> owned) {
        queue.removeIf(timer -> !owned.test(timer.incidentId()));
    }
}
