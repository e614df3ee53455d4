package org.scaleplan.access;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the access library ({@code scaleplan.access.*}); the bootstrap admin key is separate, in
 * {@code scaleplan.admin-key} ({@code SCALEPLAN_ADMIN_KEY}).
 *
 * @param cacheTtl how long a key looked up in Redis is trusted locally; a revoked key stops working within this
 * @param negativeCacheTtl how long "no such key" is remembered, so a bad key cannot hammer Redis
 * @param staleCacheMax while Redis is unreachable, a key looked up at most this long ago still authenticates;
 *        other keys are refused with 503
 * @param cacheMaxEntries bound of the local key cache
 * @param rateLimits per route class; classes not listed here use the {@code default} entry
 * @param rateLimitFailureMode what happens to rate-limited routes while Redis is unreachable
 * @param auditQueueCapacity audit records waiting to be published; beyond it records are dropped and counted
 */
@ConfigurationProperties("scaleplan.access")
public record AccessProperties(@DefaultValue("5s") Duration cacheTtl, @DefaultValue("1s") Duration negativeCacheTtl,
        @DefaultValue("5m") Duration staleCacheMax, @DefaultValue("10000") int cacheMaxEntries,
        Map<String, RateLimit> rateLimits, @DefaultValue("open") FailureMode rateLimitFailureMode,
        @DefaultValue("1000") int auditQueueCapacity) {

    /** The class every route class without its own entry falls back to. */
    public static final String DEFAULT_CLASS = "default";

    static final Map<String, RateLimit> DEFAULT_RATE_LIMITS = Map.of(
            "ingest", new RateLimit(200, 400),
            "read", new RateLimit(50, 100),
            "write", new RateLimit(10, 20),
            "admin", new RateLimit(10, 20),
            DecisionEnforcer.THROTTLED, new RateLimit(1, 5),
            DEFAULT_CLASS, new RateLimit(10, 20));

    public AccessProperties {
        requirePositive(cacheTtl, "cache-ttl");
        requirePositive(negativeCacheTtl, "negative-cache-ttl");
        requirePositive(staleCacheMax, "stale-cache-max");
        if (cacheMaxEntries < 1 || auditQueueCapacity < 1) {
            throw new IllegalArgumentException("scaleplan.access.cache-max-entries and audit-queue-capacity must be"
                    + " at least 1");
        }
        Map<String, RateLimit> merged = new LinkedHashMap<>(DEFAULT_RATE_LIMITS);
        if (rateLimits != null) {
            merged.putAll(rateLimits);
        }
        rateLimits = Map.copyOf(merged);
    }

    /** The defaults, as a service without any {@code scaleplan.access} settings gets them. */
    public static AccessProperties defaults() {
        return new AccessProperties(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofMinutes(5), 10_000,
                Map.of(), FailureMode.OPEN, 1000);
    }

    /** The limit of {@code routeClass}, or of {@code default} when it has none. */
    public RateLimit rateLimit(String routeClass) {
        return rateLimits.getOrDefault(routeClass, rateLimits.get(DEFAULT_CLASS));
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("scaleplan.access." + name + " must be positive, was " + value);
        }
    }

    /**
     * A generic cell rate: {@code perSecond} requests per second on average, and up to {@code burst} at once after
     * a quiet period. {@code burst} defaults to twice the rate (at least 1).
     */
    public record RateLimit(double perSecond, int burst) {

        public RateLimit {
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("a rate limit needs per-second > 0, was " + perSecond);
            }
            if (burst < 0) {
                throw new IllegalArgumentException("a rate limit needs burst >= 1, was " + burst);
            }
            burst = burst == 0 ? (int) Math.max(1, Math.ceil(2 * perSecond)) : burst;
        }
    }

    /** While Redis is unreachable: admit rate-limited requests unchecked, or answer them 503. */
    public enum FailureMode {
        /** Admit, without rate-limit headers, and count {@code scaleplan.access.redis.failures}. */
        OPEN,
        /** Answer 503 with {@code Retry-After}: the limit cannot be checked, which is not the client's fault. */
        CLOSED
    }
}
