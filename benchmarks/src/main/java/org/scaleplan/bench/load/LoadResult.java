package org.scaleplan.bench.load;

import java.util.Map;

import org.scaleplan.bench.report.Stats;
import org.scaleplan.contracts.EventJson;

/**
 * What one load run achieved within its measured window: acknowledged samples per second, request latencies
 * (send to answer, milliseconds) and every answer's status ({@code -1}: no answer).
 */
public record LoadResult(String format, int clients, double seconds, long requests, long samples, long failed,
        double samplesPerSecond, Stats latencyMs, Map<String, Long> statuses) {

    /** The line a load process prints on standard output when it is done. */
    static final String PREFIX = "RESULT ";

    String line() {
        return PREFIX + EventJson.mapper().writeValueAsString(this);
    }

    static LoadResult parse(String line) {
        return EventJson.mapper().readValue(line.substring(PREFIX.length()), LoadResult.class);
    }
}
