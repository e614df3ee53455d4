package org.scaleplan.incident.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.incident.outbound.RecordingServer.Received;

class OutboundHttpTests {

    private static final String KEY = "inc-42:page";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowType(SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(4)
            .minimumNumberOfCalls(4)
            .failureRateThreshold(50)
            .build());

    private RecordingServer server;
    private RecordingServer unlisted;
    private OutboundHttp http;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        unlisted = new RecordingServer();
        http = new OutboundHttp(new AllowedHosts(List.of("127.0.0.1:" + server.port())), breakers);
    }

    @AfterEach
    void stop() {
        server.close();
        unlisted.close();
    }

    private static OutboundRequest request(String method, URI uri, Map<String, String> headers, @Nullable String body) {
        return new OutboundRequest(method, uri, headers, body, KEY, Duration.ofSeconds(2));
    }

    private static OutboundRequest get(URI uri) {
        return request("GET", uri, Map.of(), null);
    }

    private HttpOutcome sent(OutboundRequest request) {
        return http.send(request).join();
    }

    private CircuitBreaker breaker() {
        return breakers.circuitBreaker("127.0.0.1:" + server.port());
    }

    @Test
    void theIdempotencyKeyArrivesIdenticalOnEverySend() {
        OutboundRequest request = request("POST", server.uri("/hook"), Map.of(), "{}");

        sent(request);
        sent(request);

        assertThat(server.received()).extracting(received -> received.header("Idempotency-Key"))
                .containsExactly(KEY, KEY);
    }

    @Test
    void theMethodBodyAndHeadersArrive() {
        Map<String, String> headers = Map.of("Authorization", "Bearer s3cret");

        assertThat(sent(request("POST", server.uri("/hook"), headers, "{\"incident\": \"inc-42\"}")))
                .isEqualTo(new HttpOutcome(200, "ok"));

        Received received = server.received().get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/hook");
        assertThat(received.body()).isEqualTo("{\"incident\": \"inc-42\"}");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("User-Agent")).isEqualTo("scaleplan-incident-service");
        assertThat(received.header("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void aContentTypeGivenIsKept() {
        sent(request("PUT", server.uri("/hook"), Map.of("content-type", "text/plain"), "hello"));

        assertThat(server.received().get(0).headers().get("Content-Type")).containsExactly("text/plain");
    }

    @Test
    void aRequestWithoutBodyCarriesNoContentType() {
        sent(get(server.uri("/hook")));

        Received received = server.received().get(0);
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.body()).isEmpty();
        assertThat(received.headers().containsKey("Content-Type")).isFalse();
    }

    @Test
    void theStepsKeyAndUserAgentWinOverHeadersGiven() {
        sent(request("POST", server.uri("/hook"), Map.of("idempotency-key", "other", "user-agent", "curl"), "{}"));

        Received received = server.received().get(0);
        assertThat(received.headers().get("Idempotency-Key")).containsExactly(KEY);
        assertThat(received.headers().get("User-Agent")).containsExactly("scaleplan-incident-service");
    }

    @Test
    void anErrorStatusIsAnOutcomeNotAnException() {
        assertThat(sent(get(server.uri("/status/503")))).isEqualTo(new HttpOutcome(503, "status 503"));
    }

    @Test
    void anEndlessBodyIsCutTo2000CharactersWithoutReadingTheRest() {
        HttpOutcome outcome = sent(get(server.uri("/endless")));

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.body()).isEqualTo("x".repeat(2_000));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "200, false, the target did it",
            "404, false, the target is up and the request was wrong",
            "429, true, the target asks to be left alone",
            "500, true, the target failed",
            "503, true, the target is unavailable"})
    void theBreakerCountsOnlyOverloadAndServerErrorsAgainstTheTarget(int status, boolean failure, String why) {
        sent(get(server.uri("/status/" + status)));

        CircuitBreaker.Metrics metrics = breaker().getMetrics();
        assertThat(metrics.getNumberOfFailedCalls()).isEqualTo(failure ? 1 : 0);
        assertThat(metrics.getNumberOfSuccessfulCalls()).isEqualTo(failure ? 0 : 1);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "http://localhost:{server}/hook, the server's name where only its address is listed",
            "http://localhost:{unlisted}/hook, an unlisted port on localhost",
            "http://127.0.0.1:{unlisted}/hook, an unlisted port on a listed address",
            "http://169.254.169.254/latest/meta-data/, the cloud metadata address"})
    void aHostNotAllowedFailsWithoutAnyRequestSent(String target, String why) {
        URI uri = URI.create(target.replace("{server}", String.valueOf(server.port()))
                .replace("{unlisted}", String.valueOf(unlisted.port())));

        CompletableFuture<HttpOutcome> sent = http.send(get(uri));

        assertThat(sent).isCompletedExceptionally();
        assertThat(sent).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(HostNotAllowedException.class);
        assertThat(server.received()).isEmpty();
        assertThat(unlisted.received()).isEmpty();
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndThenFailsFast() {
        for (int i = 0; i < 4; i++) {
            assertThat(sent(get(server.uri("/status/503"))).status()).isEqualTo(503);
        }

        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(http.send(get(server.uri("/hook")))).failsWithin(WAIT)
                .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(CallNotPermittedException.class);
        assertThat(server.received()).hasSize(4);
    }

    @Test
    void eachTargetHasItsOwnBreaker() {
        OutboundHttp both = new OutboundHttp(new AllowedHosts(
                List.of("127.0.0.1:" + server.port(), "127.0.0.1:" + unlisted.port())), breakers);
        for (int i = 0; i < 4; i++) {
            both.send(get(server.uri("/status/503"))).join();
        }

        assertThat(both.send(get(unlisted.uri("/hook")))).succeedsWithin(WAIT).isEqualTo(new HttpOutcome(200, "ok"));
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/slow, no answer", "/slow-body, a body that stops half way"})
    void aSlowTargetFailsWithATimeoutThatCountsAgainstIt(String path, String why) {
        OutboundRequest request = new OutboundRequest("GET", server.uri(path), Map.of(), null, KEY,
                Duration.ofMillis(200));

        assertThat(http.send(request)).failsWithin(WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(HttpTimeoutException.class);
        assertThat(breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Nested
    class Records {

        @Test
        void anOutcomeKeepsAtMost2000CharactersAndNeverHalfACharacter() {
            assertThat(new HttpOutcome(200, "y".repeat(5_000)).body()).hasSize(2_000);
            assertThat(new HttpOutcome(200, "y".repeat(1_999) + "\uD83D\uDE00").body()).isEqualTo("y".repeat(1_999));
            assertThat(new HttpOutcome(200, null).body()).isEmpty();
        }

        @Test
        void aRequestPrintsNeitherHeaderValuesNorPath() {
            OutboundRequest request = request("POST", URI.create("https://hooks.slack.com/services/T0/B0/tok3n"),
                    Map.of("Authorization", "Bearer s3cret"), "{}");

            assertThat(request.toString()).contains("hooks.slack.com", "Authorization", KEY)
                    .doesNotContain("s3cret", "tok3n");
        }
    }
}
