package org.scaleplan.security.detection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.security.detection.Scenario.Source;

/**
 * When an entry of detection's state ends: once the clock that judges it has reached {@code end}, it has gone and
 * leaves the store.
 *
 * @param source the source whose clocks judge it
 * @param system the system whose clock judges it; null when the partition's clock of the source does (for the
 *     clock of a system itself)
 */
public record Lifetime(Source source, @Nullable String system, Instant end) {

    public Lifetime {
        Require.present(source, "source");
        Require.present(end, "end");
    }

    boolean endedBy(Instant clock) {
        return !end.isAfter(clock);
    }
}
