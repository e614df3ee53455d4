package org.scaleplan.evaluator.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.contracts.Require;

/**
 * Where one rule stands on one series of one system: the samples in its window and the alert's status. Only simple
 * types, {@link Instant}s, lists and maps of them, so it can be stored as JSON (e.g. in a Kafka Streams state store
 * keyed by {@link AlertRule#fingerprint}) and read back equal.
 *
 * @param series the series' labels
 * @param window the series' samples inside the rule's window, oldest first
 * @param since when the condition started holding, while pending or firing; null while inactive
 * @param falseSince while firing, since when the condition has not held (for {@code keep_firing_for}); else null
 * @param latest the newest sample timestamp seen; older samples are late
 * @param lastArrival the stream time at which the series' newest sample arrived; state kept before this was recorded
 *        reads it as {@code latest}
 */
public record RuleState(String system, Map<String, String> series, List<Point> window, Status status,
        Instant since, Instant falseSince, Instant latest, Instant lastArrival) {

    /** The alert's status, as in Prometheus. */
    public enum Status {
        INACTIVE, PENDING, FIRING
    }

    /** One sample's timestamp and value. */
    public record Point(Instant at, double value) {

        public Point {
            Require.present(at, "at");
        }
    }

    public RuleState {
        Require.text(system, "system");
        series = series == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(series));
        window = Require.list(window);
        Require.present(status, "status");
        if ((status == Status.INACTIVE) != (since == null)) {
            throw new IllegalArgumentException("since must be set exactly while pending or firing");
        }
        Require.present(latest, "latest");
        lastArrival = lastArrival == null ? latest : lastArrival;
    }

    /** A series not seen before: inactive, with an empty window, as of its first sample. */
    public static RuleState initial(String system, Map<String, String> series, Instant first) {
        return new RuleState(system, series, List.of(), Status.INACTIVE, null, null, first, first);
    }

    /** The window after a sample at {@code at}: samples older than {@code at - window} (inclusive) drop out. */
    RuleState observed(Instant at, double value, Duration windowLength) {
        Instant cutoff = at.minus(windowLength);
        List<Point> points = new ArrayList<>(window.stream().filter(p -> p.at().isAfter(cutoff)).toList());
        points.add(new Point(at, value));
        return new RuleState(system, series, points, status, since, falseSince, at, lastArrival);
    }

    /** This state with only the newest {@code points} of its window. */
    public RuleState keepingNewest(int points) {
        return window.size() <= points ? this : new RuleState(system, series,
                window.subList(window.size() - points, window.size()), status, since, falseSince, latest, lastArrival);
    }

    /** This state as of a sample that arrived at stream time {@code now}. */
    public RuleState arrived(Instant now) {
        return new RuleState(system, series, window, status, since, falseSince, latest, now);
    }

    /** Whether the window already holds a point at {@code at}. */
    boolean holds(Instant at) {
        return !window.isEmpty() && window.get(window.size() - 1).at().equals(at);
    }

    RuleState inactive() {
        return new RuleState(system, series, window, Status.INACTIVE, null, null, latest, lastArrival);
    }

    RuleState pending(Instant from) {
        return new RuleState(system, series, window, Status.PENDING, from, null, latest, lastArrival);
    }

    RuleState firing(Instant notHoldingSince) {
        return new RuleState(system, series, window, Status.FIRING, since, notHoldingSince, latest, lastArrival);
    }
}
