package org.scaleplan.security.detection;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.scaleplan.security.detection.Scenario.Source;

/**
 * Ends the state of one source that has gone by its system's clock, as the first event of the system to find it
 * would: what a system has left behind for good (a replaced pod's series, an address that stopped) leaves the
 * store too.
 */
final class Sweep {

    private Sweep() {
    }

    /** How many entries it ended. */
    static int run(Source source, DetectionStore store, Lifetimes lifetimes) {
        Instant partition = Clocks.partition(source, store);
        if (partition == null) {
            return 0;
        }
        Map<String, Instant> systemClocks = new HashMap<>();
        int ended = 0;
        for (String key : store.ending(source, partition)) {
            DetectionState state = store.get(key);
            Lifetime lifetime = state == null ? null : lifetimes.of(key, state);
            if (lifetime == null || lifetime.source() != source) {
                continue;
            }
            Instant clock = lifetime.system() == null ? partition : systemClocks.computeIfAbsent(lifetime.system(),
                    system -> Clocks.system(source, system, partition, store));
            if (lifetime.endedBy(clock)) {
                SystemState.end(store, key, state);
                ended++;
            }
        }
        return ended;
    }
}
