package org.scaleplan.incident.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.incident.runbooks.Action;

/**
 * Performs one attempt of a step, on the engine's thread or, for steps that act outside Scaleplan and for waits,
 * later: the outcome always comes back on the engine's thread, through {@link Outcomes}. Deadlines count from the
 * attempt's recorded start, so a wait or an approval resumed after a restart keeps its original end.
 */
final class StepPerformer {

    /** Where an attempt's outcome goes. */
    interface Outcomes {

        void succeeded(StepRun run, String outcome);

        void failed(StepRun run, Throwable error);
    }

    private final ExternalSteps external;
    private final MetricWatch metrics;
    private final Timers timers;
    private final Consumer<Runnable> onEngineThread;
    private final Consumer<SystemEvent> publish;
    private final Clock clock;
    private final Map<String, StepRun> awaitingApproval = new HashMap<>();
    private final Map<String, MetricWatch.Watch> watching = new HashMap<>();

    StepPerformer(ExternalSteps external, MetricWatch metrics, Timers timers, Consumer<Runnable> onEngineThread,
            Consumer<SystemEvent> publish, Clock clock) {
        this.external = external;
        this.metrics = metrics;
        this.timers = timers;
        this.onEngineThread = onEngineThread;
        this.publish = publish;
        this.clock = clock;
    }

    void perform(StepRun run, Outcomes outcomes) {
        Action action = run.step().action();
        String incidentId = run.incident().incidentId();
        Instant deadline = run.started().occurredAt().plus(run.step().timeout());
        if (action instanceof Action.Wait wait) {
            timers.at(run.started().occurredAt().plus(wait.duration()), incidentId,
                    () -> outcomes.succeeded(run, "waited " + wait.duration().toSeconds() + "s"));
        } else if (action instanceof Action.Approval) {
            awaitingApproval.put(incidentId, run);
            timers.at(deadline, incidentId, () -> {
                if (awaitingApproval.remove(incidentId, run)) {
                    outcomes.failed(run, new StepFailure("no approval within " + seconds(run), false));
                }
            });
        } else if (action instanceof Action.AwaitMetric await) {
            MetricWatch.Watch watch = metrics.watch(run.incident().system(), await,
                    held -> onEngineThread.accept(() -> {
                        watching.remove(incidentId);
                        outcomes.succeeded(run, held);
                    }));
            watching.put(incidentId, watch);
            timers.at(deadline, incidentId, () -> {
                if (watch.cancel()) {
                    watching.remove(incidentId, watch);
                    outcomes.failed(run, new StepFailure("the condition did not hold within " + seconds(run), false));
                }
            });
        } else if (action instanceof Action.Publish request) {
            Map<String, String> parameters = new HashMap<>();
            request.parameters().forEach((name, template) -> parameters.put(name, run.render(template)));
            publish.accept(new ActionRequested(EventIds.of("action-requested", run.idempotencyKey()),
                    clock.instant(), run.incident().system(), incidentId, request.action(), parameters,
                    List.of(run.started().eventId())));
            outcomes.succeeded(run, "requested " + request.action() + " " + parameters);
        } else {
            performOutside(run, outcomes);
        }
    }

    /** The approval {@code incidentId} waits for was given; false if it waits for none. */
    boolean approve(String incidentId, String by, Outcomes outcomes) {
        StepRun run = awaitingApproval.remove(incidentId);
        if (run == null) {
            return false;
        }
        outcomes.succeeded(run, "approved by " + by);
        return true;
    }

    /** Forgets the approvals and metric watches of incidents no longer {@code owned}. */
    void retain(Predicate<String> owned) {
        awaitingApproval.keySet().removeIf(incidentId -> !owned.test(incidentId));
        watching.keySet().stream().filter(owned.negate()).toList()
                .forEach(incidentId -> watching.remove(incidentId).cancel());
    }

    private void performOutside(StepRun run, Outcomes outcomes) {
        CompletableFuture<String> outcome;
        try {
            outcome = external.perform(run).orTimeout(run.step().timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        outcome.whenComplete((done, error) -> onEngineThread.accept(() -> {
            if (error == null) {
                outcomes.succeeded(run, done);
            } else {
                outcomes.failed(run, error);
            }
        }));
    }

    private static String seconds(StepRun run) {
        return run.step().timeout().toSeconds() + "s";
    }
}
