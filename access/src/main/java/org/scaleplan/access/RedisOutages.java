package org.scaleplan.access;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts failed Redis calls on the request path ({@code scaleplan.access.redis.failures}, by operation) and logs
 * when Redis becomes unreachable and when it is back, once each rather than once per request.
 */
public class RedisOutages {

    private static final Logger log = LoggerFactory.getLogger(RedisOutages.class);

    private final MeterRegistry meters;
    private final AtomicBoolean down = new AtomicBoolean();

    public RedisOutages(MeterRegistry meters) {
        this.meters = meters;
    }

    /** {@code operation} is {@code key-lookup} or {@code rate-limit}. */
    public void failed(String operation, DataAccessException e) {
        meters.counter("scaleplan.access.redis.failures", "operation", operation).increment();
        if (down.compareAndSet(false, true)) {
            log.warn("Redis is unreachable ({} failed: {}); see docs/access.md for what requests get meanwhile",
                    operation, e.getMessage());
        }
    }

    public void succeeded() {
        if (down.compareAndSet(true, false)) {
            log.info("Redis is reachable again");
        }
    }
}
