package org.scaleplan.incident.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.incident.ActionRequested;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.incident.incidents.Incident;
import org.scaleplan.incident.incidents.IncidentConflictException;
import org.scaleplan.incident.incidents.IncidentView;
import org.scaleplan.incident.incidents.Incidents;
import org.scaleplan.incident.incidents.UnknownIncidentException;
import org.scaleplan.incident.runbooks.Action;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.Step;
import org.scaleplan.incident.runs.RunMachine;
import org.scaleplan.incident.runs.RunMachine.Complete;
import org.scaleplan.incident.runs.RunMachine.Escalate;
import org.scaleplan.incident.runs.RunMachine.Next;
import org.scaleplan.incident.runs.RunMachine.Perform;
import org.scaleplan.incident.runs.RunMachine.RetryLater;
import org.scaleplan.incident.runs.RunMachine.Start;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Handles the inbox of the systems this instance owns and runs their runbooks. One thread decides everything for
 * the owned systems, in order: inbox entries, the outcomes of steps performed elsewhere, and due timers (retry
 * delays, waits, approval timeouts). Every decision is published (Kafka acknowledged) before it counts, then applied
 * to the {@link IncidentView}, and an inbox entry is committed only once everything it led to is published. So a
 * crash at any point loses nothing, and the next owner, reading the same events, decides the same next move: a step
 * whose start was recorded but not its outcome is performed again with the same idempotency key; a step whose
 * outcome was recorded never is (DESIGN.md 5).
 */
public class IncidentEngine implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IncidentEngine.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Map<String, Object> consumerConfig;
    private final IncidentView view;
    private final Supplier<List<Runbook>> runbooks;
    private final Consumer<SystemEvent> publisher;
    private final ExternalSteps external;
    private final MetricWatch metrics;
    private final Supplier<Map<TopicPartition, Long>> viewPositions;
    private final Clock clock;

    /** Outcomes of steps performed on other threads, handled on the engine's thread. */
    private final ConcurrentLinkedQueue<Runnable> outcomes = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final Set<Integer> owned = new HashSet<>();
    private final Set<Integer> pendingCatchUp = new HashSet<>();
    private final Map<String, StepRun> awaitingApproval = new HashMap<>();
    /** The attempts being performed now (by their start event), so an attempt is never performed twice at once. */
    private final Set<UUID> performing = new HashSet<>();
    private Map<TopicPartition, Long> catchUpTarget = Map.of();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private int partitions;

    private record Timer(Instant due, String incidentId, UnitOfWork work) implements Comparable<Timer> {

        @Override
        public int compareTo(Timer other) {
            return due.compareTo(other.due);
        }
    }

    /** Something to do on the engine's thread. */
    private interface UnitOfWork {
        void run();
    }

    /**
     * @param publisher publishes an incident event and returns once Kafka acknowledged it (throws otherwise)
     * @param viewPositions how far the view's fold of that topic has read
     */
    public IncidentEngine(Map<String, Object> consumerConfig, IncidentView view, Supplier<List<Runbook>> runbooks,
            Consumer<SystemEvent> publisher, ExternalSteps external, MetricWatch metrics,
            Supplier<Map<TopicPartition, Long>> viewPositions, Clock clock) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.view = view;
        this.runbooks = runbooks;
        this.publisher = publisher;
        this.external = external;
        this.metrics = metrics;
        this.viewPositions = viewPositions;
        this.clock = clock;
    }

    @Override
    public void start() {
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        Thread thread = new Thread(this::run, "incident-engine");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            kafka.subscribe(List.of(Inbox.TOPIC), new Ownership());
            while (running) {
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                kafka.poll(POLL).forEach(records::add);
                resumeCaughtUpPartitions();
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    kafka.commitSync();
                }
                drainOutcomes();
                fireDueTimers();
            }
        } catch (WakeupException stopping) {
            log.debug("incident engine stopped");
        } catch (RuntimeException e) {
            // Kafka unreachable past its timeouts: stop, uncommitted entries are handled again by the next owner.
            log.error("incident engine stopped on an error; its partitions will move to another instance", e);
            running = false;
        }
    }

    /** Partitions are handled only once the view holds every incident event written before they were assigned. */
    private final class Ownership implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            partitions = consumer.partitionsFor(Inbox.TOPIC).size();
            assigned.forEach(partition -> pendingCatchUp.add(partition.partition()));
            if (!assigned.isEmpty()) {
                consumer.pause(assigned);
                catchUpTarget = consumer.endOffsets(consumer.partitionsFor(Topics.INCIDENT_EVENTS).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            revoked.forEach(partition -> {
                owned.remove(partition.partition());
                pendingCatchUp.remove(partition.partition());
            });
            timers.removeIf(timer -> !ownsIncident(timer.incidentId()));
            awaitingApproval.keySet().removeIf(incidentId -> !ownsIncident(incidentId));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            onPartitionsRevoked(lost);
        }
    }

    private void resumeCaughtUpPartitions() {
        if (pendingCatchUp.isEmpty() || !caughtUp()) {
            return;
        }
        List<TopicPartition> resumed = pendingCatchUp.stream().map(p -> new TopicPartition(Inbox.TOPIC, p)).toList();
        owned.addAll(pendingCatchUp);
        pendingCatchUp.clear();
        consumer.resume(resumed);
        log.info("owning inbox partitions {}; resuming their runs", owned);
        view.incidents(incident -> !incident.isResolved() && ownsSystem(incident.system()), Integer.MAX_VALUE)
                .forEach(this::advance);
    }

    private boolean caughtUp() {
        Map<TopicPartition, Long> positions = viewPositions.get();
        return catchUpTarget.entrySet().stream()
                .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        InboxEntry entry;
        try {
            entry = Inbox.read(record.value());
        } catch (RuntimeException e) {
            log.warn("skipped unreadable inbox entry {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        try {
            switch (entry.kind()) {
                case SIGNAL -> view.decide(incidents -> incidents.decide(entry.signal())).forEach(this::publish);
                case ACKNOWLEDGE -> publish(view.decide(incidents ->
                        incidents.decideAcknowledge(entry.incidentId(), entry.by(), entry.at())));
                case RESOLVE -> publish(view.decide(incidents ->
                        incidents.decideResolve(entry.incidentId(), entry.by(), entry.reason(), entry.at())));
                case APPROVE -> approve(entry);
            }
        } catch (IncidentConflictException | UnknownIncidentException e) {
            log.info("inbox {} for {} not applied: {}", entry.kind(), entry.incidentId(), e.getMessage());
        }
        if (entry.signal() != null) {
            view.decide(incidents -> incidents.open(entry.system(), entry.signal().fingerprint()))
                    .ifPresent(this::advance);
        }
    }

    private void approve(InboxEntry entry) {
        StepRun run = awaitingApproval.remove(entry.incidentId());
        if (run == null) {
            throw new IncidentConflictException(entry.incidentId() + " is not waiting for an approval");
        }
        succeed(run, "approved by " + entry.by());
    }

    /** Starts or continues the run of {@code incident}, if a runbook applies and nothing is already in flight. */
    private void advance(Incident incident) {
        if (incident.isResolved() || !ownsSystem(incident.system())) {
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
        if (last instanceof RunbookStepStarted started && inFlight(started)) {
            return;
        }
        act(incident, runbook.get(), RunMachine.next(runbook.get(), last));
    }

    private boolean inFlight(RunbookStepStarted started) {
        return performing.contains(started.eventId());
    }

    private void act(Incident incident, Runbook runbook, Next next) {
        if (next instanceof Start start) {
            RunbookStepStarted started = new RunbookStepStarted(EventIds.of("step-started", incident.incidentId(),
                    start.step().id(), start.attempt()), clock.instant(), incident.system(), incident.incidentId(),
                    runbook.id(), start.step().id(), start.step().type().yamlName(), start.attempt(),
                    List.of(incident.openedBy()));
            publish(started);
            perform(new StepRun(incident, runbook, start.step(), started));
        } else if (next instanceof Perform perform) {
            perform(new StepRun(incident, runbook, perform.step(), perform.started()));
        } else if (next instanceof RetryLater retry) {
            Instant due = retry.failed().occurredAt().plus(retry.step().retry().delayAfter(retry.failed().attempt()));
            timers.add(new Timer(due, incident.incidentId(),
                    () -> current(incident).ifPresent(now -> act(now, runbook, new Start(retry.step(),
                            retry.attempt())))));
        } else if (next instanceof Complete) {
            if (incident.source() == IncidentSource.PHASE_CHANGE) {
                publish(view.decide(incidents -> incidents.decideResolve(incident.incidentId(), Incidents.SELF,
                        "runbook " + runbook.id() + " completed", clock.instant())));
            }
        } else if (next instanceof Escalate escalate) {
            escalate(incident, escalate.reason(), List.of(escalate.cause().eventId()));
        }
    }

    private void escalate(Incident incident, String reason, List<UUID> causedBy) {
        if (!incident.escalated()) {
            publish(view.decide(incidents -> incidents.decideEscalate(incident.incidentId(), reason, causedBy,
                    clock.instant())));
        }
    }

    /** Performs one attempt; its outcome comes back to the engine's thread. */
    private void perform(StepRun run) {
        performing.add(run.started().eventId());
        Action action = run.step().action();
        Instant startedAt = run.started().occurredAt();
        if (action instanceof Action.Wait wait) {
            timers.add(new Timer(startedAt.plus(wait.duration()), run.incident().incidentId(),
                    () -> succeed(run, "waited " + wait.duration().toSeconds() + "s")));
        } else if (action instanceof Action.Approval) {
            awaitingApproval.put(run.incident().incidentId(), run);
            timers.add(new Timer(startedAt.plus(run.step().timeout()), run.incident().incidentId(), () -> {
                if (awaitingApproval.remove(run.incident().incidentId(), run)) {
                    fail(run, new StepFailure("no approval within " + run.step().timeout().toSeconds() + "s", false));
                }
            }));
        } else if (action instanceof Action.AwaitMetric await) {
            MetricWatch.Watch watch = metrics.watch(run.incident().system(), await,
                    held -> outcomes.add(() -> succeed(run, held)));
            timers.add(new Timer(startedAt.plus(run.step().timeout()), run.incident().incidentId(), () -> {
                if (watch.cancel()) {
                    fail(run, new StepFailure("the condition did not hold within "
                            + run.step().timeout().toSeconds() + "s", false));
                }
            }));
        } else if (action instanceof Action.Publish request) {
            Map<String, String> parameters = new HashMap<>();
            request.parameters().forEach((name, template) -> parameters.put(name, run.render(template)));
            publish(new ActionRequested(EventIds.of("action-requested", run.idempotencyKey()), clock.instant(),
                    run.incident().system(), run.incident().incidentId(), request.action(), parameters,
                    List.of(run.started().eventId())));
            succeed(run, "requested " + request.action() + " " + parameters);
        } else {
            CompletableFuture<String> outcome;
            try {
                outcome = external.perform(run).orTimeout(run.step().timeout().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                outcome = CompletableFuture.failedFuture(e);
            }
            outcome.whenComplete((done, error) -> outcomes.add(() -> {
                if (error == null) {
                    succeed(run, done);
                } else {
                    fail(run, error);
                }
            }));
        }
    }

    private void succeed(StepRun run, String outcome) {
        if (!stillCurrent(run)) {
            return;
        }
        publish(new RunbookStepSucceeded(EventIds.of("step-succeeded", run.idempotencyKey(), run.attempt()),
                clock.instant(), run.incident().system(), run.incident().incidentId(), run.runbook().id(),
                run.step().id(), run.attempt(), outcome, List.of(run.started().eventId())));
        current(run.incident()).ifPresent(this::advance);
    }

    private void fail(StepRun run, Throwable error) {
        if (!stillCurrent(run)) {
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error;
        boolean retryable = !(cause instanceof StepFailure failure) || failure.retryable();
        String reason = cause instanceof TimeoutException
                ? "timed out after " + run.step().timeout().toSeconds() + "s"
                : String.valueOf(cause.getMessage());
        boolean willRetry = retryable && run.attempt() < run.step().retry().maxAttempts();
        publish(new RunbookStepFailed(EventIds.of("step-failed", run.idempotencyKey(), run.attempt()),
                clock.instant(), run.incident().system(), run.incident().incidentId(), run.runbook().id(),
                run.step().id(), run.attempt(), reason, willRetry, List.of(run.started().eventId())));
        current(run.incident()).ifPresent(this::advance);
    }

    /** An outcome counts only while this instance owns the system and the attempt is still the run's last step. */
    private boolean stillCurrent(StepRun run) {
        performing.remove(run.started().eventId());
        return ownsSystem(run.incident().system()) && view.lastStep(run.incident().incidentId())
                .filter(last -> last.eventId().equals(run.started().eventId())).isPresent();
    }

    private Optional<Incident> current(Incident incident) {
        return view.incident(incident.incidentId()).filter(now -> !now.isResolved());
    }

    private void drainOutcomes() {
        Runnable outcome;
        while ((outcome = outcomes.poll()) != null) {
            outcome.run();
        }
    }

    private void fireDueTimers() {
        Instant now = clock.instant();
        while (!timers.isEmpty() && !timers.peek().due().isAfter(now)) {
            Timer timer = timers.poll();
            if (ownsIncident(timer.incidentId())) {
                timer.work().run();
            }
        }
    }

    private void publish(SystemEvent event) {
        publisher.accept(event);
        view.apply(event);
    }

    private boolean ownsSystem(String system) {
        return partitions > 0 && owned.contains(Inbox.partitionOf(system, partitions));
    }

    private boolean ownsIncident(String incidentId) {
        return view.incident(incidentId).map(incident -> ownsSystem(incident.system())).orElse(false);
    }
}
