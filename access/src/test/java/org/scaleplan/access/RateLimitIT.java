package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scaleplan.access.AccessRulesIT.problem;
import static org.scaleplan.access.Fixtures.get;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** {@code /v1/exports} is in route class "export", which has no limit of its own: the default, 1/s with bursts of 3. */
@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class RateLimitIT {

    private static final String EXPORTS = "/v1/exports";

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @Test
    void countsDownTheBurstInHeadersThenRefusesWithRetryAfter() {
        IssuedKey key = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        for (int remaining = 2; remaining >= 0; remaining--) {
            HttpResponse<String> admitted = get(port, EXPORTS, key.bearer());
            assertThat(admitted.statusCode()).isEqualTo(200);
            assertThat(header(admitted, "X-RateLimit-Limit")).isEqualTo("3");
            assertThat(header(admitted, "X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
            assertThat(header(admitted, "X-RateLimit-Reset")).isEqualTo(String.valueOf(3 - remaining));
        }

        HttpResponse<String> refused = get(port, EXPORTS, key.bearer());
        assertThat(problem(refused, 429).get("detail").asString()).isEqualTo(
                "too many export requests with this key: the limit is 1 per second with bursts of 3; retry in 1 s");
        assertThat(header(refused, "Retry-After")).isEqualTo("1");
        assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(header(refused, "X-RateLimit-Limit")).isEqualTo("3");
    }

    @Test
    void admitsAgainAfterRetryAfter() {
        IssuedKey key = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        HttpResponse<String> refused = exhaust(key);
        long retryAfter = Long.parseLong(header(refused, "Retry-After"));
        await().atMost(Duration.ofSeconds(retryAfter).plusMillis(500)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(port, EXPORTS, key.bearer()).statusCode() == 200);
    }

    @Test
    void limitsEachKeyAndRouteClassSeparately() {
        IssuedKey limited = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        exhaust(limited);
        IssuedKey other = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        assertThat(get(port, EXPORTS, other.bearer()).statusCode()).isEqualTo(200);
        HttpResponse<String> read = get(port, "/v1/things", limited.bearer());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(header(read, "X-RateLimit-Limit")).isEqualTo("100");
    }

    @Test
    void limitsIngestAtTheRateTheKeysPostureSets() {
        String secret = ApiKeySecrets.generate();
        store.put(ApiKeySecrets.hash(secret), new StoredKey("key-" + UUID.randomUUID(), "posture",
                Set.of(Role.INGEST), Set.of("shop-a"), null, 60));
        String bearer = "Bearer " + secret;

        // 60 a minute: 1 a second with bursts of 2, instead of the ingest class's 200 with bursts of 400.
        HttpResponse<String> first = Fixtures.post(port, "/v1/ingest", bearer);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(header(first, "X-RateLimit-Limit")).isEqualTo("2");
        assertThat(Fixtures.post(port, "/v1/ingest", bearer).statusCode()).isEqualTo(202);
        assertThat(problem(Fixtures.post(port, "/v1/ingest", bearer), 429).get("detail").asString())
                .contains("the limit is 1 per second with bursts of 2");
    }

    @Test
    void doesNotLimitOpenRoutes() {
        HttpResponse<String> health = get(port, "/actuator/health", null);
        assertThat(health.headers().firstValue("X-RateLimit-Limit")).isEmpty();
    }

    private HttpResponse<String> exhaust(IssuedKey key) {
        HttpResponse<String> response = get(port, EXPORTS, key.bearer());
        for (int i = 0; i < 10 && response.statusCode() != 429; i++) {
            response = get(port, EXPORTS, key.bearer());
        }
        assertThat(response.statusCode()).isEqualTo(429);
        return response;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
