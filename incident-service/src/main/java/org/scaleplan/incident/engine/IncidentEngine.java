package org.scaleplan.incident.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.incident.IncidentResolved;
import org.scaleplan.incident.incidents.IncidentConflictException;
import org.scaleplan.incident.incidents.IncidentView;
import org.scaleplan.incident.incidents.UnknownIncidentException;
import org.scaleplan.incident.runbooks.Runbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Handles the inbox of the systems this instance owns and runs their runbooks. One thread decides everything for
 * them, in order: inbox entries, outcomes of steps performed elsewhere, due timers. Every decision is published
 * (Kafka acknowledged) before it counts, then applied to the {@link IncidentView}, and an inbox entry is committed
 * only once everything it led to is published. So a crash at any point loses nothing, and the next owner, having
 * read the same events, decides the same next move (DESIGN.md 5).
 */
public class IncidentEngine implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(IncidentEngine.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Map<String, Object> consumerConfig;
    private final IncidentView view;
    private final Consumer<SystemEvent> publisher;
    private final Supplier<Map<TopicPartition, Long>> viewPositions;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Runnable> onEngineThread = new ConcurrentLinkedQueue<>();
    private final Timers timers = new Timers();
    private final StepPerformer performer;
    private final RunDriver runs;
    private final Set<Integer> owned = ConcurrentHashMap.newKeySet();
    private final Set<Integer> catchingUp = new HashSet<>();
    private Map<TopicPartition, Long> catchUpTo = Map.of();
    private int partitions;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;

    /**
     * @param publisher publishes an incident event and returns once Kafka acknowledged it (throws otherwise)
     * @param viewPositions how far the view's fold of {@code scaleplan.incident-events.v1} has read
     */
    public IncidentEngine(Map<String, Object> consumerConfig, IncidentView view, Supplier<List<Runbook>> runbooks,
            Consumer<SystemEvent> publisher, ExternalSteps external, MetricWatch metrics,
            Supplier<Map<TopicPartition, Long>> viewPositions, Clock clock) {
        this.consumerConfig = new HashMap<>(consumerConfig);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.view = view;
        this.publisher = publisher;
        this.viewPositions = viewPositions;
        this.clock = clock;
        this.performer = new StepPerformer(external, metrics, timers, onEngineThread::add, this::publish, clock);
        this.runs = new RunDriver(view, runbooks, this::publish, performer, timers, this::ownsSystem, clock);
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

    /** UP while the engine runs (owning partitions or waiting for some); DOWN once it stopped on an error. */
    @Override
    public Health health() {
        return (running ? Health.up() : Health.down()).withDetail("ownedInboxPartitions", List.copyOf(owned))
                .build();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = consumer) {
            kafka.subscribe(List.of(Inbox.TOPIC), new Ownership());
            while (running) {
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                kafka.poll(POLL).forEach(records::add);
                takeOverCaughtUpPartitions();
                records.forEach(this::handle);
                if (!records.isEmpty()) {
                    kafka.commitSync();
                }
                for (Runnable work = onEngineThread.poll(); work != null; work = onEngineThread.poll()) {
                    work.run();
                }
                timers.fireDue(clock.instant(), this::ownsIncident);
            }
        } catch (WakeupException stopping) {
            log.debug("incident engine stopped");
        } catch (RuntimeException e) {
            // Kafka unreachable past its timeouts: stop; uncommitted entries are handled again by the next owner.
            log.error("incident engine stopped on an error; its partitions will move to another instance", e);
            running = false;
        }
    }

    /** A partition is handled only once the view holds every incident event written before it was assigned. */
    private final class Ownership implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            if (assigned.isEmpty()) {
                return;
            }
            partitions = consumer.partitionsFor(Inbox.TOPIC).size();
            assigned.forEach(partition -> catchingUp.add(partition.partition()));
            consumer.pause(assigned);
            catchUpTo = consumer.endOffsets(consumer.partitionsFor(Topics.INCIDENT_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList());
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            revoked.forEach(partition -> {
                owned.remove(partition.partition());
                catchingUp.remove(partition.partition());
            });
            retain(IncidentEngine.this::ownsIncident);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            onPartitionsRevoked(lost);
        }
    }

    private void takeOverCaughtUpPartitions() {
        Map<TopicPartition, Long> positions = viewPositions.get();
        if (catchingUp.isEmpty() || !catchUpTo.entrySet().stream()
                .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
            return;
        }
        consumer.resume(catchingUp.stream().map(p -> new TopicPartition(Inbox.TOPIC, p)).toList());
        owned.addAll(catchingUp);
        catchingUp.clear();
        log.info("owning inbox partitions {}; resuming their runs", owned);
        view.incidents(incident -> !incident.resolved() && ownsSystem(incident.system()), Integer.MAX_VALUE)
                .forEach(runs::advance);
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
                case SIGNAL -> view.decide(entry.signal()).forEach(this::publish);
                case ACKNOWLEDGE -> publish(view.decide(incidents ->
                        incidents.decideAcknowledge(entry.incidentId(), entry.by(), entry.at())));
                case RESOLVE -> publish(view.decide(incidents ->
                        incidents.decideResolve(entry.incidentId(), entry.by(), entry.reason(), entry.at())));
                case APPROVE -> {
                    if (!performer.approve(entry.incidentId(), entry.by(), runs)) {
                        throw new IncidentConflictException(entry.incidentId() + " is not waiting for an approval");
                    }
                }
            }
        } catch (IncidentConflictException | UnknownIncidentException e) {
            log.info("inbox {} for {} not applied: {}", entry.kind(), entry.incidentId(), e.getMessage());
        }
        if (entry.signal() != null) {
            view.decide(incidents -> incidents.open(entry.system(), entry.signal().fingerprint()))
                    .ifPresent(runs::advance);
        }
    }

    private void publish(SystemEvent event) {
        publisher.accept(event);
        view.apply(event);
        if (event instanceof IncidentResolved resolved) {
            // Its run stops here: waits end without an outcome, as they do when another instance takes over.
            retain(incidentId -> !incidentId.equals(resolved.incidentId()));
        }
    }

    /** Keeps the timers, waits and attempts in flight of the incidents {@code kept} accepts only. */
    private void retain(Predicate<String> kept) {
        timers.retain(kept);
        performer.retain(kept);
        runs.retain(kept);
    }

    private boolean ownsSystem(String system) {
        return partitions > 0 && owned.contains(Inbox.partitionOf(system, partitions));
    }

    private boolean ownsIncident(String incidentId) {
        return view.incident(incidentId).map(incident -> ownsSystem(incident.system())).orElse(false);
    }
}
