package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two instances of one service share a real Redis; one key hammers its ingest class on both, from two threads each.
 * GCRA allows {@code burst + rate × elapsed} requests, where elapsed runs on the limiter's clock (Redis TIME) from
 * its first decision to its last. Those two instants are estimated as the middle of the exchanges that contain
 * them (the first answer received, the last request sent), so the slack of a request's round trip does not count
 * for or against the limiter.
 */
@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class TwoInstanceRateLimitIT {

    private static final Duration HAMMER_FOR = Duration.ofSeconds(5);
    private static final int THREADS_PER_INSTANCE = 2;
    private static final int MAX_REQUESTS = 60_000;
    private static final int WARM_UP_REQUESTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    AccessProperties properties;

    @Test
    void admitsWithinOnePercentOfTheLimitAcrossTwoInstances() throws Exception {
        try (ConfigurableApplicationContext second = Fixtures.startInstance(Map.of())) {
            IssuedKey key = Fixtures.issue(store, Set.of(Role.INGEST), Set.of());
            IssuedKey warmUp = Fixtures.issue(store, Set.of(Role.INGEST), Set.of());
            Tally tally = hammer(key, warmUp, List.of(port, Fixtures.port(second)));

            RateLimit limit = properties.rateLimit("ingest");
            double elapsedSeconds = tally.windowMicros() / 1e6;
            double allowed = limit.burst() + limit.perSecond() * elapsedSeconds;
            double error = (tally.admitted.get() - allowed) / allowed;
            System.out.printf("rate limit across 2 instances: admitted %d, allowed %.1f, error %.2f%%"
                    + " (%d requests in %.3f s, %d refused, limit %s/s burst %d)%n", tally.admitted.get(), allowed,
                    error * 100, tally.sent.get(), elapsedSeconds, tally.refused.get(), limit.perSecond(), limit.burst());

            assertThat(tally.other.get()).as("answers other than 202 and 429").isZero();
            assertThat(tally.refused.get()).as("refused: the limit was really reached").isPositive();
            assertThat(Math.abs(error)).isLessThanOrEqualTo(0.01);
        }
    }

    /**
     * Each thread first warms up: requests with another key (compiled code, connections, the script in Redis) and
     * one refused for its role with the counted key (its cache entry), so that the counted requests run at speed.
     */
    private Tally hammer(IssuedKey key, IssuedKey warmUp, List<Integer> ports) throws Exception {
        Tally tally = new Tally();
        int threads = THREADS_PER_INSTANCE * ports.size();
        CyclicBarrier start = new CyclicBarrier(threads, () -> tally.started(redisMicros()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int instancePort = ports.get(i % ports.size());
                workers.add(pool.submit(() -> {
                    warmUp(instancePort, key, warmUp);
                    start.await();
                    send(instancePort, key, tally);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(HAMMER_FOR.toSeconds() + 30, TimeUnit.SECONDS);
            }
            tally.ended(redisMicros());
            return tally;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void warmUp(int port, IssuedKey key, IssuedKey warmUp) {
        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            Fixtures.post(port, "/v1/ingest", warmUp.bearer());
        }
        assertThat(Fixtures.get(port, "/v1/things", key.bearer()).statusCode()).isEqualTo(403);
    }

    private static void send(int port, IssuedKey key, Tally tally) {
        long deadline = System.nanoTime() + HAMMER_FOR.toNanos();
        long sentAt = 0;
        long answeredAt = 0;
        while (System.nanoTime() < deadline && tally.sent.incrementAndGet() <= MAX_REQUESTS) {
            sentAt = System.nanoTime();
            HttpResponse<String> response = Fixtures.post(port, "/v1/ingest", key.bearer());
            answeredAt = System.nanoTime();
            tally.answered(response.statusCode(), answeredAt);
        }
        tally.lastExchange(sentAt, answeredAt);
    }

    private long redisMicros() {
        return redis.execute((RedisCallback<Long>) connection -> connection.serverCommands().time(TimeUnit.MICROSECONDS));
    }

    /** Counts, and the instants that bound the limiter's window: Redis TIME at both ends, local nanos between. */
    private static final class Tally {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger admitted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger other = new AtomicInteger();
        private final AtomicLong firstAnswerNanos = new AtomicLong(Long.MAX_VALUE);
        private final AtomicLong lastSentNanos = new AtomicLong(Long.MIN_VALUE);
        private final AtomicLong lastAnswerNanos = new AtomicLong(Long.MIN_VALUE);
        private volatile long startMicros;
        private volatile long startNanos;
        private volatile long endMicros;
        private volatile long endNanos;

        void started(long redisMicros) {
            startMicros = redisMicros;
            startNanos = System.nanoTime();
        }

        void answered(int status, long nanos) {
            firstAnswerNanos.accumulateAndGet(nanos, Math::min);
            switch (status) {
                case 202 -> admitted.incrementAndGet();
                case 429 -> refused.incrementAndGet();
                default -> other.incrementAndGet();
            }
        }

        void lastExchange(long sentNanos, long answerNanos) {
            lastSentNanos.accumulateAndGet(sentNanos, Math::max);
            lastAnswerNanos.accumulateAndGet(answerNanos, Math::max);
        }

        void ended(long redisMicros) {
            endNanos = System.nanoTime();
            endMicros = redisMicros;
        }

        /** From the middle of [start, first answer] to the middle of [last request sent, its answer]. */
        long windowMicros() {
            long firstDecision = startMicros + (firstAnswerNanos.get() - startNanos) / 2_000;
            long lastExchangeMiddle = lastSentNanos.get() + (lastAnswerNanos.get() - lastSentNanos.get()) / 2;
            long lastDecision = endMicros - (endNanos - lastExchangeMiddle) / 1_000;
            return lastDecision - firstDecision;
        }
    }
}
