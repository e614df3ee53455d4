package org.scaleplan.evaluator.phase;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.Require;

/**
 * Where one system stands: its phase and the stabilization runs in progress. Only simple types, {@link Instant}
 * and maps of them, so it can be stored as JSON (e.g. in a Kafka Streams state store) and read back equal.
 *
 * @param since when the system entered {@code phase} (event time)
 * @param activeUsers the users of the latest in-order sample
 * @param latest the time of the newest total
 * @param upSince for each phase above the current one, since when every sample has drawn the system at least
 *        that high
 * @param downSince for each phase below the current one, since when every sample has drawn the system at most
 *        that low
 */
public record PhaseState(String system, int phase, Instant since, long activeUsers, Instant latest,
        Map<Integer, Instant> upSince, Map<Integer, Instant> downSince) {

    public PhaseState {
        Require.text(system, "system");
        Require.between(phase, 1, PhasePlan.LAST, "phase");
        Require.present(since, "since");
        Require.present(latest, "latest");
        upSince = sorted(upSince);
        downSince = sorted(downSince);
    }

    /** A system not seen before starts in phase 1 as of its first sample, with no run in progress. */
    public static PhaseState initial(String system, Instant firstTimestamp) {
        return new PhaseState(system, 1, firstTimestamp, 0, firstTimestamp, Map.of(), Map.of());
    }

    PhaseState withRuns(Map<Integer, Instant> up, Map<Integer, Instant> down) {
        return new PhaseState(system, phase, since, activeUsers, latest, up, down);
    }

    PhaseState observed(Instant at, long users) {
        return new PhaseState(system, phase, since, users, at, upSince, downSince);
    }

    /** Sorted so that iteration, equality of serialized forms and hence every decision is deterministic. */
    private static Map<Integer, Instant> sorted(Map<Integer, Instant> runs) {
        return runs == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(runs));
    }
}
