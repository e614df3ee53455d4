package org.scaleplan.security.decisions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.decisions.StoredDecision;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.security.decisions.ActiveDecisions.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps Redis, where every service looks decisions up, equal to the decisions recorded in Kafka: each decision fact
 * is applied as it is folded (the strongest decision of its scope is written, or the scope removed), and when Redis
 * has lost them (restarted, flushed, or a write failed) every active decision is written again. It also tells the
 * subscribers of the decision stream about each fact.
 */
public class DecisionSync {

    /** The setting that bounds the subscribers. */
    public static final String MAX_STREAMS = "scaleplan.security.max-decision-streams";

    private static final Logger log = LoggerFactory.getLogger(DecisionSync.class);

    private final ActiveDecisions decisions;
    private final DecisionStore store;
    private final Clock clock;
    private final int maxSubscribers;
    private final Bounds bounds;
    private final List<Consumer<ScaleplanEvent>> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean caughtUp;
    private volatile boolean dirty = true;

    /** @param maxSubscribers how many may follow the decisions at once, each an open stream */
    public DecisionSync(ActiveDecisions decisions, DecisionStore store, Clock clock, int maxSubscribers,
            Bounds bounds) {
        this.decisions = decisions;
        this.store = store;
        this.clock = clock;
        this.maxSubscribers = maxSubscribers;
        this.bounds = bounds;
    }

    /** Applies one fact of {@code scaleplan.security-events.v1}. */
    public void apply(ScaleplanEvent event) {
        decisions.apply(event).ifPresent(target -> {
            try {
                write(target);
            } catch (RuntimeException e) {
                dirty = true;
                log.warn("could not update decisions of {} in Redis, will rewrite all: {}", target.system(),
                        e.getMessage());
            }
            subscribers.forEach(subscriber -> subscriber.accept(event));
        });
    }

    /** Called once the fold has read the whole topic, so a rebuild never writes a partial set. */
    public void caughtUp() {
        caughtUp = true;
        rebuildIfNeeded();
    }

    @Scheduled(fixedDelayString = "${scaleplan.security.decision-store-check:5s}")
    void rebuildIfNeeded() {
        try {
            if (caughtUp && (dirty || !store.isLoaded())) {
                List<DecisionIssued> active = decisions.all(clock.instant());
                active.forEach(decision -> write(new Target(decision.system(), decision.scope())));
                store.markLoaded();
                dirty = false;
                log.info("wrote {} decisions to Redis", active.size());
            }
        } catch (RuntimeException e) {
            log.warn("Redis decisions not rebuilt yet: {}", e.getMessage());
        }
    }

    /** The decisions view forgets what expired, also when a {@code DecisionExpired} went missing. */
    @Scheduled(fixedDelayString = "${scaleplan.security.decision-store-check:5s}")
    void forgetExpired() {
        decisions.forgetExpired(clock.instant());
    }

    /**
     * Tells {@code subscriber} about every decision fact from now on; answers how to stop, or nothing when as
     * many as allowed follow already.
     */
    public synchronized Optional<Runnable> subscribe(Consumer<ScaleplanEvent> subscriber) {
        if (subscribers.size() >= maxSubscribers) {
            bounds.reached(MAX_STREAMS, maxSubscribers, "a decision stream was refused with 503");
            return Optional.empty();
        }
        subscribers.add(subscriber);
        return Optional.of(() -> subscribers.remove(subscriber));
    }

    private void write(Target target) {
        decisions.strongest(target, clock.instant()).ifPresentOrElse(
                d -> store.put(target.system(), new StoredDecision(d.decisionId(), d.action(), d.scope(),
                        d.expiresAt(), d.reason()), clock.instant()),
                () -> store.remove(target.system(), target.scope()));
    }
}
