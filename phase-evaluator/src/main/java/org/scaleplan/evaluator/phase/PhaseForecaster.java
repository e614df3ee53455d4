package org.scaleplan.evaluator.phase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.PhaseForecast;

/**
 * Forecasts when a system will cross into its next phase, by a least-squares line through its active users over the
 * forecast window. A forecast is published when it changes materially, not on every sample: when the phase changes,
 * when a crossing comes into or goes out of sight, or when the expected crossing moves by more than a tenth of the
 * time that was left to it. While users are already past the next threshold (the change waiting out its
 * stabilization window) the crossing is now, and stays so until the phase changes.
 */
public final class PhaseForecaster {

    /** Points kept per window: the trend's resolution is the window divided by this. */
    static final int POINTS_PER_WINDOW = 60;

    /** A forecast needs this many points of trend, so that one noisy sample cannot make one. */
    static final int MIN_POINTS = 3;

    /** Crossings further away than this are not in sight. */
    static final Duration HORIZON = Duration.ofDays(3650);

    private static final double MATERIAL_SHIFT = 0.10;
    private static final double SECONDS_PER_DAY = 86_400;

    private final PhasePlan plan;
    private final Duration window;

    public PhaseForecaster(PhasePlan plan, Duration window) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("forecast window must be positive, was " + window);
        }
        this.window = window;
    }

    /**
     * The outcome of one in-order sample.
     *
     * @param forecast present when the forecast changed materially since {@code published}
     */
    public record Step(Trend trend, Optional<PhaseForecast> forecast) {
    }

    /**
     * Adds the system's users as of {@code sample} (the total in {@code state}) to {@code trend} and forecasts from
     * it; {@code publishedOrNull} is the last forecast published for the system.
     */
    public Step step(Trend trend, PhaseForecast publishedOrNull, PhaseState state, MetricSample sample) {
        Trend next = trend.observed(sample.occurredAt(), state.activeUsers(), window, window.dividedBy(POINTS_PER_WINDOW));
        if (next.points().size() < MIN_POINTS) {
            return new Step(next, Optional.empty());
        }
        PhaseForecast forecast = forecast(next, state, sample);
        return new Step(next, Optional.of(forecast).filter(f -> material(publishedOrNull, f)));
    }

    private PhaseForecast forecast(Trend trend, PhaseState state, MetricSample sample) {
        double perSecond = trend.growthPerSecond();
        Instant at = sample.occurredAt();
        List<Trend.Point> points = trend.points();
        Integer nextPhase = state.phase() < PhasePlan.LAST ? state.phase() + 1 : null;
        Long nextThreshold = nextPhase == null ? null : plan.lowerBound(nextPhase);
        Instant expectedAt = nextThreshold == null ? null : crossing(state.activeUsers(), nextThreshold, perSecond, at);
        return new PhaseForecast(EventIds.of("phase-forecast", state.system(), sample.eventId()), at, state.system(), state.phase(),
                state.activeUsers(), perSecond * SECONDS_PER_DAY, nextPhase, nextThreshold, expectedAt,
                List.of(sample.eventId()));
    }

    /** When {@code users} growing at {@code perSecond} reach {@code threshold}; now if already there, null if never. */
    private static Instant crossing(long users, long threshold, double perSecond, Instant now) {
        if (users >= threshold) {
            return now;
        }
        if (perSecond <= 0) {
            return null;
        }
        double seconds = (threshold - users) / perSecond;
        return seconds > HORIZON.toSeconds() ? null : now.plusMillis(Math.round(seconds * 1000));
    }

    private static boolean material(PhaseForecast published, PhaseForecast forecast) {
        if (published == null || published.phase() != forecast.phase()) {
            return true;
        }
        if ((published.expectedAt() == null) != (forecast.expectedAt() == null)) {
            return true;
        }
        if (forecast.expectedAt() == null) {
            return false;
        }
        boolean crossedThen = !published.expectedAt().isAfter(published.occurredAt());
        boolean crossedNow = !forecast.expectedAt().isAfter(forecast.occurredAt());
        if (crossedThen || crossedNow) {
            return crossedThen != crossedNow;
        }
        Duration leftThen = Duration.between(published.occurredAt(), published.expectedAt());
        Duration shift = Duration.between(published.expectedAt(), forecast.expectedAt()).abs();
        return shift.toMillis() > leftThen.toMillis() * MATERIAL_SHIFT;
    }
}
