package org.scaleplan.access.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.AccessProperties;
import org.scaleplan.access.AccessProperties.FailureMode;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.RedisOutages;
import org.scaleplan.testsupport.Infrastructure;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The GCRA script against a real Redis; the class "slow" allows 1 request per second with bursts of 5. */
class RateLimiterIT {

    private static final AccessProperties PROPERTIES = new AccessProperties(Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofMinutes(5), 100, Map.of("slow", new RateLimit(1, 5)), FailureMode.OPEN,
            10);

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String keyId = "key-" + UUID.randomUUID();

    @AfterEach
    void closeConnections() {
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void admitsExactlyTheBurstCountingDownThenRefuses() {
        RateLimiter limiter = limiter(Infrastructure.redis().port());
        for (int remaining = 4; remaining >= 0; remaining--) {
            RateDecision decision = limiter.acquire(keyId, "slow").orElseThrow();
            assertThat(decision.admitted()).isTrue();
            assertThat(decision.remaining()).isEqualTo(remaining);
            assertThat(decision.untilFull()).isBetween(Duration.ofSeconds(4 - remaining),
                    Duration.ofSeconds(5 - remaining));
        }
        RateDecision refused = limiter.acquire(keyId, "slow").orElseThrow();
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.limit()).isEqualTo(5);
        // the next token is one emission interval (1 s) after the first request
        assertThat(refused.retryAfter()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void keepsOneBucketPerKeyAndRouteClass() {
        RateLimiter limiter = limiter(Infrastructure.redis().port());
        for (int i = 0; i < 5; i++) {
            limiter.acquire(keyId, "slow");
        }
        assertThat(limiter.acquire(keyId, "slow").orElseThrow().admitted()).isFalse();
        assertThat(limiter.acquire("other-" + keyId, "slow").orElseThrow().admitted()).isTrue();
        // "read" has its own bucket, and the default limit of 50/s with bursts of 100
        assertThat(limiter.acquire(keyId, "read").orElseThrow().remaining()).isEqualTo(99);
    }

    @Test
    void loadsTheScriptAgainWhenRedisForgotIt() {
        StringRedisTemplate redis = template(Infrastructure.redis().port());
        RateLimiter limiter = new RateLimiter(redis, PROPERTIES, new RedisOutages(meters));
        assertThat(limiter.acquire(keyId, "slow")).isPresent();
        redis.execute((RedisCallback<Void>) connection -> {
            connection.scriptingCommands().scriptFlush();
            return null;
        });
        assertThat(limiter.acquire(keyId, "slow").orElseThrow().remaining()).isEqualTo(3);
    }

    @Test
    void answersNothingAndCountsTheFailureWhenRedisIsUnreachable() throws IOException {
        RateLimiter limiter = limiter(closedPort());
        assertThat(limiter.acquire(keyId, "slow")).isEmpty();
        assertThat(meters.counter("scaleplan.access.redis.failures", "operation", "rate-limit").count()).isEqualTo(1);
    }

    private RateLimiter limiter(int port) {
        return new RateLimiter(template(port), PROPERTIES, new RedisOutages(meters));
    }

    private StringRedisTemplate template(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(Infrastructure.redis().host(), port));
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return new StringRedisTemplate(factory);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
