package org.scaleplan.evaluator.phase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;

/**
 * Decides one system's growth phase from its {@code active_users} samples, in event time: the samples' own
 * timestamps, never the wall clock, so the same samples in the same order always give the same decisions and the
 * same event ids. A new level must hold for the plan's stabilization window before the phase changes; a dip that
 * breaks it restarts the wait.
 *
 * <p>The caller feeds one system's totals in time order: adding up several labelled series into one total, and
 * judging which samples are late, is the caller's job (an {@link org.scaleplan.evaluator.evaluation.Evaluation}
 * judges lateness per series).
 */
public final class PhaseMachine {

    /** The only metric that decides phases. */
    public static final String METRIC = "active_users";

    private final PhasePlan plan;

    public PhaseMachine(PhasePlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The outcome of one total. */
    public record Step(PhaseState state, Optional<PhaseChanged> change) {
    }

    /**
     * Applies the system's total {@code sample} to {@code stateOrNull} (null for a system not seen before): it extends
     * the runs and, when a run has held for the window, moves the system there in one change.
     *
     * @throws IllegalArgumentException for a total older than the latest one
     */
    public Step step(PhaseState stateOrNull, MetricSample sample) {
        PhaseState state = stateOrNull != null ? stateOrNull : PhaseState.initial(sample.system(), sample.occurredAt());
        requireFits(state, sample);
        Instant at = sample.occurredAt();
        int candidate = plan.candidate(state.phase(), sample.value());
        PhaseState observed = StabilizationRuns.extend(state, candidate, at).observed(at, Math.round(sample.value()));
        return StabilizationRuns.settled(observed, at, plan.stabilizationWindow())
                .map(phase -> moved(observed, phase, sample))
                .orElseGet(() -> new Step(observed, Optional.empty()));
    }

    private Step moved(PhaseState state, int phase, MetricSample decidingSample) {
        Direction direction = phase > state.phase() ? Direction.UP : Direction.DOWN;
        Map<Integer, Instant> carried = direction == Direction.UP ? StabilizationRuns.carriedUp(state, phase) : Map.of();
        PhaseState next = new PhaseState(state.system(), phase, decidingSample.occurredAt(), state.activeUsers(),
                state.latest(), carried, Map.of());
        return new Step(next, Optional.of(change(state, phase, direction, decidingSample)));
    }

    /** The event id is derived from the decision itself, so a replay or a restart re-emits the same id. */
    private PhaseChanged change(PhaseState state, int phase, Direction direction, MetricSample decidingSample) {
        Instant at = decidingSample.occurredAt();
        return new PhaseChanged(EventIds.of("phase-changed", state.system(), state.phase(), phase, at), at,
                state.system(), state.phase(), phase, plan.name(phase), direction, state.activeUsers(),
                plan.actions(state.phase(), phase), List.of(decidingSample.eventId()));
    }

    private static void requireFits(PhaseState state, MetricSample sample) {
        if (!METRIC.equals(sample.name()) || !state.system().equals(sample.system())) {
            throw new IllegalArgumentException("expected " + METRIC + " of " + state.system() + ", got "
                    + sample.name() + " of " + sample.system());
        }
        if (!Double.isFinite(sample.value())) {
            throw new IllegalArgumentException("active_users must be a finite number, was " + sample.value());
        }
        if (sample.occurredAt().isBefore(state.latest())) {
            throw new IllegalArgumentException("totals must come in time order: " + sample.occurredAt()
                    + " is older than " + state.latest());
        }
    }
}
