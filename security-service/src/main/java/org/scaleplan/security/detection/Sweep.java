package org.scaleplan.security.detection;

import java.time.Instant;

/**
 * Ends the state that has gone by stream time, as the first event to touch it would: what a system has left
 * behind for good (a replaced pod's series, an address that stopped) leaves the store too.
 */
final class Sweep {

    private Sweep() {
    }

    static void run(Instant now, DetectionStore store, Lifetimes lifetimes) {
        for (String key : store.ending(now)) {
            DetectionState state = store.get(key);
            if (state != null && lifetimes.gone(key, state, now)) {
                SystemState.end(store, key, state);
            }
        }
    }
}
