package org.scaleplan.bench.soak.fleet;

import java.time.Instant;

/**
 * A pod that failed right before it was replaced: its alerts fired, and must resolve because its series has gone.
 *
 * @param lastSample the time of its last sample
 */
public record FailingPod(String system, String pod, Instant lastSample) {
}
