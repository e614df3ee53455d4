package org.scaleplan.ingest;

import java.time.Instant;
import java.util.Map;

/** One sample as a client sent it, before validation: from a JSON batch or a remote-write series. */
public record IncomingSample(String system, String name, Map<String, String> labels, double value,
        Instant timestamp) {
}
