package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scaleplan.access.AccessRulesIT.problem;
import static org.scaleplan.access.Fixtures.get;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.testsupport.Infrastructure;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/** What requests get while Redis is unreachable (docs/access.md, "When Redis is down"). */
class RedisOutageIT {

    private static final String THINGS = "/v1/systems/shop-a/things";

    @Test
    void authenticatesRecentKeysFromTheCacheAndAdmitsUnlimitedThenRefuses() throws IOException {
        try (TcpProxy redis = new TcpProxy(Infrastructure.redis());
                ConfigurableApplicationContext app = Fixtures.startInstance(Map.of(
                        "spring.data.redis.port", redis.port(),
                        "scaleplan.access.cache-ttl", "200ms",
                        "scaleplan.access.stale-cache-max", "3s"))) {
            int port = Fixtures.port(app);
            KeyStore store = app.getBean(KeyStore.class);
            IssuedKey recent = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
            IssuedKey neverUsed = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
            assertThat(get(port, THINGS, recent.bearer()).headers().firstValue("X-RateLimit-Limit")).isPresent();

            redis.close();

            // fails open: admitted without a rate-limit check, so without rate-limit headers
            await().atMost(Duration.ofSeconds(2)).until(() -> {
                HttpResponse<String> response = get(port, THINGS, recent.bearer());
                return response.statusCode() == 200 && response.headers().firstValue("X-RateLimit-Limit").isEmpty();
            });
            HttpResponse<String> unknownToTheCache = get(port, THINGS, neverUsed.bearer());
            assertThat(problem(unknownToTheCache, 503).get("detail").asString())
                    .startsWith("the key store cannot be reached");
            assertThat(unknownToTheCache.headers().firstValue("Retry-After")).contains("5");
            assertThat(get(port, THINGS, "Bearer " + Fixtures.BOOTSTRAP_KEY).statusCode()).isEqualTo(200);
            assertThat(failures(app, "key-lookup")).isPositive();
            assertThat(failures(app, "rate-limit")).isPositive();

            // past stale-cache-max even a recent key is no longer trusted
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> get(port, THINGS, recent.bearer()).statusCode() == 503);
        }
    }

    @Test
    void refusesWithServiceUnavailableWhenRateLimitsFailClosed() throws IOException {
        try (ConfigurableApplicationContext app = Fixtures.startInstance(Map.of(
                "spring.data.redis.port", closedPort(),
                "scaleplan.access.rate-limit-failure-mode", "closed"))) {
            int port = Fixtures.port(app);

            HttpResponse<String> bootstrap = get(port, "/v1/things", "Bearer " + Fixtures.BOOTSTRAP_KEY);
            assertThat(problem(bootstrap, 503).get("detail").asString())
                    .startsWith("the rate-limit store cannot be reached");
            assertThat(bootstrap.headers().firstValue("Retry-After")).contains("5");
            assertThat(get(port, "/v1/things", "Bearer " + ApiKeySecrets.generate()).statusCode()).isEqualTo(503);
            assertThat(get(port, "/actuator/health", null).statusCode()).isEqualTo(503);
        }
    }

    private static double failures(ConfigurableApplicationContext app, String operation) {
        return app.getBean(MeterRegistry.class).counter("scaleplan.access.redis.failures", "operation", operation)
                .count();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
