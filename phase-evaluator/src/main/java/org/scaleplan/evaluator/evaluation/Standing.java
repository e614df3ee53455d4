package org.scaleplan.evaluator.evaluation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.evaluator.phase.PhaseState;
import org.scaleplan.evaluator.phase.Trend;

/**
 * Everything the evaluator keeps about one system's phase, stored per system (as JSON in a Kafka Streams store whose
 * changelog is also the read view behind {@code GET /v1/systems/{system}/phase}).
 *
 * @param series the newest {@code active_users} point of each labelled series that has not gone, by its labels, e.g.
 *        {@code {region="eu"}}; the system's active users are their sum
 * @param forecast the last forecast published; null before the first
 */
public record Standing(PhaseState phase, Map<String, SeriesPoint> series, Trend trend,
        @Nullable PhaseForecast forecast) {

    public Standing {
        Require.present(phase, "phase");
        series = series == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(series));
        Require.present(trend, "trend");
    }
}
