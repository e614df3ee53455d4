package org.scaleplan.access.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.scaleplan.access.AccessProperties;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.RedisOutages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Distributed rate limits in Redis, per API key and route class ({@code scaleplan:rate:<keyId>:<routeClass>}).
 * One atomic script per request ({@code gcra.lua}, sent as EVALSHA, and EVAL only when Redis does not know it
 * yet) checks and updates the bucket with Redis's own clock, so all instances of all services enforce one
 * limit together.
 */
public class RateLimiter {

    static final String KEY_PREFIX = "scaleplan:rate:";

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> GCRA =
            RedisScript.of(new ClassPathResource("gcra.lua", RateLimiter.class), List.class);

    private final StringRedisTemplate redis;
    private final AccessProperties properties;
    private final RedisOutages outages;

    public RateLimiter(StringRedisTemplate redis, AccessProperties properties, RedisOutages outages) {
        this.redis = redis;
        this.properties = properties;
        this.outages = outages;
    }

    /** Takes one request from the bucket of {@code keyId} in {@code routeClass}; empty when Redis is unreachable. */
    public Optional<RateDecision> acquire(String keyId, String routeClass) {
        return acquire(keyId, routeClass, properties.rateLimit(routeClass));
    }

    /** The same with {@code limit} instead of the route class's (a key's own, e.g. set by its systems' posture). */
    public Optional<RateDecision> acquire(String keyId, String routeClass, RateLimit limit) {
        try {
            List<?> reply = redis.execute(GCRA, List.of(KEY_PREFIX + keyId + ":" + routeClass),
                    String.valueOf(1_000_000 / limit.perSecond()), String.valueOf(limit.burst()));
            outages.succeeded();
            return Optional.of(decision(reply, limit));
        } catch (DataAccessException e) {
            outages.failed("rate-limit", e);
            return Optional.empty();
        }
    }

    private static RateDecision decision(List<?> reply, RateLimit limit) {
        return new RateDecision(number(reply, 0) == 1, limit.burst(), number(reply, 1),
                Duration.ofNanos(number(reply, 2) * 1000), Duration.ofNanos(number(reply, 3) * 1000));
    }

    private static long number(List<?> reply, int index) {
        return ((Number) reply.get(index)).longValue();
    }
}
