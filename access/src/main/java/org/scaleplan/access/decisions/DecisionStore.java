package org.scaleplan.access.decisions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.security.Scope;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The active block and throttle decisions every service enforces, in Redis:
 * {@code scaleplan:decision:<system>:<TYPE>:<value>} holds a {@link StoredDecision} as JSON and expires with it, so
 * Redis drops a decision on time even if its expiry fact comes late. Redis is only a view: security-service writes
 * it from {@code scaleplan.security-events.v1} and rebuilds it when the {@code scaleplan:decisions:loaded} marker is
 * gone. Decisions about Scaleplan's own APIs belong to the system {@value #SCALEPLAN}.
 *
 * <p>Every method throws {@link org.springframework.dao.DataAccessException} when Redis cannot be reached.
 */
public class DecisionStore {

    /** The system of decisions about Scaleplan's own APIs: every service refuses their scopes on every route. */
    public static final String SCALEPLAN = "scaleplan";

    static final String PREFIX = "scaleplan:decision:";
    static final String LOADED_MARKER = "scaleplan:decisions:loaded";

    private final StringRedisTemplate redis;

    public DecisionStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** The first active decision about any of {@code scopes} for {@code system}, blocks before throttles. */
    public Optional<StoredDecision> find(String system, List<Scope> scopes) {
        List<String> json = redis.opsForValue().multiGet(scopes.stream().map(scope -> key(system, scope)).toList());
        return json == null ? Optional.empty() : json.stream().filter(Objects::nonNull)
                .map(text -> EventJson.mapper().readValue(text, StoredDecision.class))
                .min((a, b) -> a.action().compareTo(b.action()));
    }

    /**
     * Stores {@code decision} until it expires; one already expired is removed instead. The expiry is given to Redis
     * relative to {@code now}, so a Redis whose clock differs from this service's still drops it on time.
     */
    public void put(String system, StoredDecision decision, Instant now) {
        String key = key(system, decision.scope());
        if (!decision.expiresAt().isAfter(now)) {
            redis.delete(key);
            return;
        }
        redis.opsForValue().set(key, EventJson.mapper().writeValueAsString(decision));
        redis.expire(key, Duration.between(now, decision.expiresAt()));
    }

    public void remove(String system, Scope scope) {
        redis.delete(key(system, scope));
    }

    /** Whether the store was filled since Redis last started empty. */
    public boolean isLoaded() {
        return Boolean.TRUE.equals(redis.hasKey(LOADED_MARKER));
    }

    public void markLoaded() {
        redis.opsForValue().set(LOADED_MARKER, "true");
    }

    private static String key(String system, Scope scope) {
        return PREFIX + system + ":" + scope.type() + ":" + scope.value();
    }
}
