package org.scaleplan.incident.incidents;

import java.time.Duration;

import org.scaleplan.contracts.Require;

/**
 * How much of the incident log each instance holds in memory (DESIGN.md 6): the log itself keeps everything for
 * the topic's retention; memory keeps what is open and what resolved recently, within bounds.
 *
 * @param retention how long a resolved incident stays held after it resolved, in the log's time (the newest
 *        {@code occurredAt} applied)
 * @param maxIncidents the incidents held, open and resolved: beyond it the one resolved longest ago leaves early;
 *        when every one held is open, a signal that would open another opens none
 * @param maxTimelineEntries the timeline entries held per incident: its opening and the newest ones; a signal id
 *        leaves with the entry that recorded it
 */
public record IncidentLimits(Duration retention, int maxIncidents, int maxTimelineEntries) {

    /** The settings, as {@link BoundReached} names them. */
    public static final String MAX_INCIDENTS = "scaleplan.incident.max-incidents";
    public static final String MAX_TIMELINE_ENTRIES = "scaleplan.incident.max-timeline-entries";

    public IncidentLimits {
        Require.present(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
        Require.between(maxIncidents, 1, Integer.MAX_VALUE, "maxIncidents");
        Require.between(maxTimelineEntries, 2, Integer.MAX_VALUE, "maxTimelineEntries");
    }
}
