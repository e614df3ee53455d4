package org.scaleplan.evaluator.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.alert.AlertResolved;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.evaluator.rules.RuleState.Status;

/**
 * Evaluates one {@link AlertRule} on one series (system and labels) in event time: the samples' own timestamps, never
 * the wall clock, so the same samples in the same order always give the same decisions and the same event ids.
 *
 * <p>Each sample re-evaluates the condition over the window. Inactive → pending when it first holds (that instant is
 * the alert's {@code startsAt}); pending → firing once it has held for the rule's {@code for}, emitting
 * {@link AlertFiring}; a pending alert whose condition breaks goes back to inactive, so a condition flapping within
 * {@code for} never fires. Firing → inactive, emitting {@link AlertResolved}, once the condition has not held for
 * {@code keep_firing_for} (at once without it), measured from the first sample on which it did not hold. Each
 * transition emits at most one event, so a firing alert is never announced twice.
 *
 * <p>The caller routes each sample the rule {@link AlertRule#matches matches} to the state of its series. Samples
 * older than the newest seen for the series are late and change nothing, and so does a second sample at the newest
 * point's instant (a retry, or the same series sent twice): counted twice, it would skew a sum, an average or a
 * percentile.
 */
public final class RuleEvaluator {

    private final AlertRule rule;

    public RuleEvaluator(AlertRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public AlertRule rule() {
        return rule;
    }

    /**
     * The outcome of one sample.
     *
     * @param event an {@link AlertFiring} or {@link AlertResolved} when the alert started or stopped firing
     * @param late the sample was older than the newest seen, or a second one at its instant, and was ignored
     */
    public record Step(RuleState state, Optional<SystemEvent> event, boolean late) {
    }

    /** Applies {@code sample} to {@code stateOrNull} (null for a series not seen before). */
    public Step step(RuleState stateOrNull, MetricSample sample) {
        RuleState state = stateOrNull != null ? stateOrNull
                : RuleState.initial(sample.system(), sample.labels(), sample.occurredAt());
        requireFits(state, sample);
        Instant at = sample.occurredAt();
        if (at.isBefore(state.latest()) || state.holds(at)) {
            return new Step(state, Optional.empty(), true);
        }
        RuleState observed = state.observed(at, sample.value(), rule.window());
        double value = rule.aggregate().over(observed.window());
        return rule.op().holds(value, rule.threshold()) ? holding(observed, value, sample)
                : notHolding(observed, value, sample);
    }

    private Step holding(RuleState state, double value, MetricSample sample) {
        if (state.status() == Status.FIRING) {
            return quiet(state.firing(null));
        }
        Instant at = sample.occurredAt();
        RuleState pending = state.status() == Status.PENDING ? state : state.pending(at);
        if (at.isBefore(pending.since().plus(rule.pendingFor()))) {
            return quiet(pending);
        }
        return new Step(pending.firing(null), Optional.of(firing(pending, value, sample)), false);
    }

    private Step notHolding(RuleState state, double value, MetricSample sample) {
        if (state.status() != Status.FIRING) {
            return quiet(state.inactive());
        }
        Instant at = sample.occurredAt();
        Instant endsAt = state.falseSince() != null ? state.falseSince() : at;
        if (at.isBefore(endsAt.plus(rule.keepFiringFor()))) {
            return quiet(state.firing(endsAt));
        }
        return new Step(state.inactive(), Optional.of(resolved(state, value, endsAt, sample)), false);
    }

    /** The event id is derived from the alert's identity and start, so a replay or a restart re-emits the same id. */
    private AlertFiring firing(RuleState state, double value, MetricSample decidingSample) {
        String fingerprint = rule.fingerprint(state.system(), state.series());
        Map<String, String> labels = rule.alertLabels(state.series());
        return new AlertFiring(firingId(fingerprint, state.since()), decidingSample.occurredAt(), state.system(),
                fingerprint, rule.name(), rule.severity(), labels,
                AnnotationTemplates.render(rule.annotations(), value, rule.threshold(), state.system(), labels),
                value, rule.threshold(), state.since(), List.of(decidingSample.eventId()));
    }

    private AlertResolved resolved(RuleState state, double value, Instant endsAt, MetricSample decidingSample) {
        String fingerprint = rule.fingerprint(state.system(), state.series());
        return new AlertResolved(EventIds.of("alert-resolved", fingerprint, state.since(), endsAt),
                decidingSample.occurredAt(), state.system(), fingerprint, rule.name(), rule.severity(),
                rule.alertLabels(state.series()), value, state.since(), endsAt,
                List.of(firingId(fingerprint, state.since()), decidingSample.eventId()));
    }

    /**
     * The end of the alert of a series that has gone, as of {@code endsAt} (its last sample plus the staleness
     * period): resolved if it was firing, with the reason, and nothing otherwise. Its value is the last one seen.
     */
    public Optional<AlertResolved> gone(RuleState state, Instant endsAt, String reason) {
        if (state.status() != Status.FIRING) {
            return Optional.empty();
        }
        String fingerprint = rule.fingerprint(state.system(), state.series());
        double last = state.window().isEmpty() ? 0 : state.window().get(state.window().size() - 1).value();
        return Optional.of(new AlertResolved(EventIds.of("alert-resolved", fingerprint, state.since(), endsAt), endsAt,
                state.system(), fingerprint, rule.name(), rule.severity(), rule.alertLabels(state.series()), last,
                state.since(), endsAt, List.of(firingId(fingerprint, state.since())), reason));
    }

    private static UUID firingId(String fingerprint, Instant startsAt) {
        return EventIds.of("alert-firing", fingerprint, startsAt);
    }

    private static Step quiet(RuleState state) {
        return new Step(state, Optional.empty(), false);
    }

    private void requireFits(RuleState state, MetricSample sample) {
        if (!rule.matches(sample) || !state.system().equals(sample.system())
                || !state.series().equals(sample.labels())) {
            throw new IllegalArgumentException("expected " + rule.metric() + rule.match() + " of " + state.system()
                    + state.series() + " for " + rule.name() + ", got " + sample.name() + sample.labels() + " of "
                    + sample.system());
        }
        if (!Double.isFinite(sample.value())) {
            throw new IllegalArgumentException(rule.metric() + " must be a finite number, was " + sample.value());
        }
    }
}
