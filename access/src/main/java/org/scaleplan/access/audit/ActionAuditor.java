package org.scaleplan.access.audit;

import java.time.InstantSource;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.access.Role;
import org.scaleplan.access.Route;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpMethod;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records every admin and operator action, every refused attempt at one, and every request of a known key refused
 * with 429 or 403 (rate limits, decisions, roles), as {@link ActionAudited} on {@code scaleplan.security-events.v1}.
 * Other reads are not audited. Requests that match no rule (they need admin) are
 * audited once the caller is authenticated, so internet scanners probing random paths do not fill the log.
 *
 * <p>Records are published by one background thread from a bounded queue: the answer to the caller never waits
 * for Kafka, and a flood of refused requests cannot tie up request threads. A record that cannot be published
 * (queue full, Kafka down) is logged by action and key id and counted in {@code scaleplan.access.audit.failures};
 * the request itself has already been answered.
 */
public class ActionAuditor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ActionAuditor.class);

    private final EventPublisher publisher;
    private final String service;
    private final MeterRegistry meters;
    private final InstantSource clock;
    private final ThreadPoolExecutor executor;
    private final AtomicLong dropped = new AtomicLong();

    public ActionAuditor(EventPublisher publisher, String service, MeterRegistry meters, InstantSource clock,
            int capacity) {
        this.publisher = publisher;
        this.service = service;
        this.meters = meters;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
                ActionAuditor::thread, (runnable, pool) -> dropped());
    }

    /**
     * Whether a request to {@code route} answered {@code status} is to be audited: an admin or operator action, or
     * any request of a known key refused for its rate limit or a decision (security-service detects keys that keep
     * hitting their limit from these records).
     */
    public static boolean audits(Route route, @Nullable Caller caller, int status) {
        boolean privileged = route.required() == Role.OPERATOR || route.required() == Role.ADMIN;
        boolean read = route.method().equals(HttpMethod.GET) || route.method().equals(HttpMethod.HEAD);
        boolean refused = caller != null && (status == 429 || status == 403);
        return privileged && !read && (route.declared() || caller != null) || refused;
    }

    /** Queues the record of a request to {@code route} that was answered {@code status}. */
    public void record(Route route, String path, @Nullable Caller caller, int status) {
        ActionAudited event = new ActionAudited(UUID.randomUUID(), clock.instant(), route.system(), service,
                caller == null ? null : caller.keyId(), caller == null ? null : caller.name(), route.action(), path,
                status, outcome(status));
        executor.execute(() -> publish(event));
    }

    static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.SUCCEEDED;
        }
        return switch (status) {
            case 401, 403, 404, 429 -> Outcome.DENIED;
            default -> Outcome.FAILED;
        };
    }

    private void publish(ActionAudited event) {
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            failed(event.action() + " by " + event.actorKeyId(), e);
        }
    }

    private void failed(String what, RuntimeException e) {
        meters.counter("scaleplan.access.audit.failures", "reason", "publish").increment();
        log.warn("audit record of {} not published: {}", what, e.getMessage());
    }

    /** Logged on the first drop and every thousandth, so that a flood does not also flood the log. */
    private void dropped() {
        meters.counter("scaleplan.access.audit.failures", "reason", "queue-full").increment();
        long count = dropped.incrementAndGet();
        if (count == 1 || count % 1000 == 0) {
            log.warn("audit queue full: {} records dropped so far", count);
        }
    }

    private static Thread thread(Runnable runnable) {
        Thread thread = new Thread(runnable, "scaleplan-audit");
        thread.setDaemon(true);
        return thread;
    }

    /** Publishes what is queued (for a few seconds at most) before the publisher goes away. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
