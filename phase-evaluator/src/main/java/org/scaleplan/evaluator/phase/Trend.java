package org.scaleplan.evaluator.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.scaleplan.contracts.Require;

/**
 * A system's recent active users, thinned to at most one point per {@code resolution}, from which its growth rate is
 * computed. Only simple types, so it can be stored as JSON and read back equal.
 *
 * @param points oldest first
 */
public record Trend(List<Point> points) {

    /** The system's active users at one instant (event time). */
    public record Point(Instant at, long users) {

        public Point {
            Require.present(at, "at");
        }
    }

    public Trend {
        points = Require.list(points);
    }

    public static Trend empty() {
        return new Trend(List.of());
    }

    /**
     * The trend after a sample of {@code users} at {@code at}: kept when at least {@code resolution} after the newest
     * point (else dropped, so a system sampled every second costs no more than one sampled every minute), with
     * points older than {@code window} before it dropped. A sample at the newest point's instant replaces it.
     */
    Trend observed(Instant at, long users, Duration window, Duration resolution) {
        Point newest = points.isEmpty() ? null : points.get(points.size() - 1);
        if (newest != null && newest.at().equals(at)) {
            // Several series sampled at one instant: the total after the last of them is that instant's point.
            List<Point> replaced = new ArrayList<>(points.subList(0, points.size() - 1));
            replaced.add(new Point(at, users));
            return new Trend(replaced);
        }
        if (newest != null && at.isBefore(newest.at().plus(resolution))) {
            return this;
        }
        Instant cutoff = at.minus(window);
        List<Point> kept = new ArrayList<>(points.stream().filter(p -> !p.at().isBefore(cutoff)).toList());
        kept.add(new Point(at, users));
        return new Trend(kept);
    }

    /** The least-squares growth in users per second, or 0 with fewer than two points. */
    double growthPerSecond() {
        if (points.size() < 2) {
            return 0;
        }
        Instant origin = points.get(0).at();
        double n = points.size();
        double meanX = points.stream().mapToDouble(p -> seconds(origin, p)).sum() / n;
        double meanY = points.stream().mapToDouble(Point::users).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Point p : points) {
            double dx = seconds(origin, p) - meanX;
            covariance += dx * (p.users() - meanY);
            variance += dx * dx;
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private static double seconds(Instant origin, Point point) {
        return Duration.between(origin, point.at()).toMillis() / 1000.0;
    }
}
