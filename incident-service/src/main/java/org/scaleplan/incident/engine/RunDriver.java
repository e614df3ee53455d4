package org.scaleplan.incident.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.incidents.IncidentView;
import org.scaleplan.incident.incidents.Incidents;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runs.RunMachine;
import org.scaleplan.incident.runs.RunMachine.Complete;
import org.scaleplan.incident.runs.RunMachine.Escalate;
import org.scaleplan.incident.runs.RunMachine.Next;
import org.scaleplan.incident.runs.RunMachine.Perform;
import org.scaleplan.incident.runs.RunMachine.RetryLater;
import org.scaleplan.incident.runs.RunMachine.Start;

/**
 * Moves the runs of the owned systems' incidents on, on the engine's thread: picks the runbook, asks the
 * {@link RunMachine} what is next from the run's last recorded step, records intent and outcome around each attempt
 * ({@code RunbookStepStarted}, then {@code RunbookStepSucceeded} or {@code RunbookStepFailed}), and escalates.
 */
final class RunDriver implements StepPerformer.Outcomes {

    private final IncidentView view;
    private final Supplier<List<Runbook>> runbooks;
    private final Consumer<SystemEvent> publish;
    private final StepPerformer performer;
    private final Timers timers;
    private final Predicate<String> ownsSystem;
    private final Clock clock;
    /** The attempt being performed now per incident, by its start event: never performed twice at once. */
    private final Map<String, UUID> performing = new HashMap<>();

    RunDriver(IncidentView view, Supplier<List<Runbook>> runbooks, Consumer<SystemEvent> publish,
            StepPerformer performer, Timers timers, Predicate<String> ownsSystem, Clock clock) {
        this.view = view;
        this.runbooks = runbooks;
        this.publish = publish;
        this.performer = performer;
        this.timers = timers;
        this.ownsSystem = ownsSystem;
        this.clock = clock;
    }

    /** Starts or continues the run of {@code incident}, if a runbook applies and no attempt is in flight. */
    void advance(Incident incident) {
        if (incident.resolved() || !ownsSystem.test(incident.system())) {
            return;
        }
        Optional<String> begun = view.runbook(incident.incidentId());
        Optional<Runbook> runbook = begun.isPresent()
                ? runbooks.get().stream().filter(r -> r.id().equals(begun.get())).findFirst()
                : runbooks.get().stream().filter(r -> r.trigger().matches(incident.source(), incident.labels()))
                        .findFirst();
        if (runbook.isEmpty()) {
            begun.ifPresent(gone -> escalate(incident, "runbook " + gone + " no longer exists", List.of()));
            return;
        }
        SystemEvent last = view.lastStep(incident.incidentId()).orElse(null);
        if (last instanceof RunbookStepStarted started
                && started.eventId().equals(performing.get(incident.incidentId()))) {
            return;
        }
        act(incident, runbook.get(), RunMachine.next(runbook.get(), last));
    }

    private void act(Incident incident, Runbook runbook, Next next) {
        if (next instanceof Start start) {
            RunbookStepStarted started = new RunbookStepStarted(EventIds.of("step-started", incident.incidentId(),
                    start.step().id(), start.attempt()), clock.instant(), incident.system(), incident.incidentId(),
                    runbook.id(), start.step().id(), start.step().type().yamlName(), start.attempt(),
                    List.of(incident.openedBy()));
            publish.accept(started);
            perform(new StepRun(incident, runbook, start.step(), started));
        } else if (next instanceof Perform perform) {
            perform(new StepRun(incident, runbook, perform.step(), perform.started()));
        } else if (next instanceof RetryLater retry) {
            Instant due = retry.failed().occurredAt().plus(retry.step().retry().delayAfter(retry.failed().attempt()));
            timers.at(due, incident.incidentId(), () -> current(incident)
                    .ifPresent(now -> act(now, runbook, new Start(retry.step(), retry.attempt()))));
        } else if (next instanceof Complete && incident.source() == IncidentSource.PHASE_CHANGE) {
            publish.accept(view.decide(incidents -> incidents.decideResolve(incident.incidentId(), Incidents.SELF,
                    "runbook " + runbook.id() + " completed", clock.instant())));
        } else if (next instanceof Escalate escalate) {
            escalate(incident, escalate.reason(), List.of(escalate.cause().eventId()));
        }
    }

    private void perform(StepRun run) {
        performing.put(run.incident().incidentId(), run.started().eventId());
        performer.perform(run, this);
    }

    @Override
    public void succeeded(StepRun run, String outcome) {
        if (stillCurrent(run)) {
            publish.accept(new RunbookStepSucceeded(EventIds.of("step-succeeded", run.idempotencyKey(),
                    run.attempt()), clock.instant(), run.incident().system(), run.incident().incidentId(),
                    run.runbook().id(), run.step().id(), run.attempt(), outcome, List.of(run.started().eventId())));
            current(run.incident()).ifPresent(this::advance);
        }
    }

    @Override
    public void failed(StepRun run, Throwable error) {
        if (stillCurrent(run)) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            boolean retryable = !(cause instanceof StepFailure failure) || failure.retryable();
            String reason = cause instanceof TimeoutException
                    ? "timed out after " + run.step().timeout().toSeconds() + "s" : String.valueOf(cause.getMessage());
            publish.accept(new RunbookStepFailed(EventIds.of("step-failed", run.idempotencyKey(), run.attempt()),
                    clock.instant(), run.incident().system(), run.incident().incidentId(), run.runbook().id(),
                    run.step().id(), run.attempt(), reason, retryable && run.attempt() < run.step().retry()
                            .maxAttempts(), List.of(run.started().eventId())));
            current(run.incident()).ifPresent(this::advance);
        }
    }

    /** An outcome counts only while this instance owns the system and the attempt is still the run's last step. */
    private boolean stillCurrent(StepRun run) {
        performing.remove(run.incident().incidentId(), run.started().eventId());
        return ownsSystem.test(run.incident().system()) && view.lastStep(run.incident().incidentId())
                .filter(last -> last.eventId().equals(run.started().eventId())).isPresent();
    }

    /** Forgets the attempts in flight of incidents no longer {@code owned}; an outcome still arriving counts. */
    void retain(Predicate<String> owned) {
        performing.keySet().removeIf(owned.negate());
    }

    private void escalate(Incident incident, String reason, List<UUID> causedBy) {
        if (!incident.escalated()) {
            publish.accept(view.decide(incidents -> incidents.decideEscalate(incident.incidentId(), reason,
                    causedBy, clock.instant())));
        }
    }

    private Optional<Incident> current(Incident incident) {
        return view.incident(incident.incidentId()).filter(now -> !now.resolved());
    }
}
