package org.scaleplan.security.posture;

import java.util.List;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.contracts.security.PostureChanged;

/** The posture change that follows a system's phase change, as the scaling plan asks. */
public final class PostureChanges {

    private PostureChanges() {
    }

    /**
     * The PostureChanged for a phase change: eventId derived from the change
     * ({@code EventIds.of("posture-changed", change.eventId())}, so a replayed phase change yields a duplicate
     * consumers can drop), occurredAt and system from it, causedBy = [change.eventId()].
     */
    public static PostureChanged of(PhaseChanged change, PosturePlan plan) {
        Posture posture = plan.of(change.phase());
        return new PostureChanged(EventIds.of("posture-changed", change.eventId()), change.occurredAt(),
                change.system(), change.phase(), posture.name(), posture.controls(), List.of(change.eventId()));
    }
}
