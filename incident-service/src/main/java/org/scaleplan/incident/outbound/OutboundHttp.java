package org.scaleplan.incident.outbound;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Runbook steps' outbound HTTP. Every call is checked against {@link AllowedHosts} before anything is sent, carries
 * its step's {@code Idempotency-Key}, is bounded by its timeout, and goes through the circuit breaker of its target
 * ({@code host:port}), so that a target that keeps failing is left alone for a while instead of being hammered by
 * every run's retries. A 5xx or 429 answer, a timeout or a network error counts against the target; any other answer
 * counts for it, a 4xx included (the target is up; the request was wrong).
 *
 * <p>Nothing here logs: header values may be credentials, and so may a URL's path (a Slack webhook's is).
 */
public final class OutboundHttp {

    static final String USER_AGENT = "scaleplan-incident-service";

    // UTF-8 takes at most 4 bytes per character kept.
    private static final int MAX_BODY_BYTES = 4 * HttpOutcome.MAX_BODY_CHARS;

    private final AllowedHosts allowedHosts;
    private final CircuitBreakerRegistry breakers;
    // Redirects are not followed: their target would not have been checked against the allowed hosts.
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public OutboundHttp(AllowedHosts allowedHosts, CircuitBreakerRegistry breakers) {
        this.allowedHosts = allowedHosts;
        this.breakers = breakers;
    }

    /**
     * Sends {@code request}. The future completes with the outcome whatever the HTTP status, and exceptionally with
     * {@link HostNotAllowedException} or {@link CallNotPermittedException} (the target's breaker is open) when
     * nothing was sent, with {@link UnknownHostException} when the host does not resolve, with
     * {@link HttpTimeoutException} when the exchange outlasts the request's timeout, or with another
     * {@link IOException} when the connection fails.
     */
    public CompletableFuture<HttpOutcome> send(OutboundRequest request) {
        HttpRequest httpRequest;
        CircuitBreaker breaker;
        try {
            allowedHosts.check(request.uri());
            httpRequest = httpRequest(request);
            breaker = breakers.circuitBreaker(target(request.uri()));
            breaker.acquirePermission();
        } catch (IOException | RuntimeException notSent) {
            return CompletableFuture.failedFuture(notSent);
        }
        long start = breaker.getCurrentTimestamp();
        return exchange(httpRequest, request.timeout())
                .whenComplete((response, error) -> record(breaker, start, response, error))
                .thenApply(response -> new HttpOutcome(response.statusCode(), response.body()));
    }

    private static HttpRequest httpRequest(OutboundRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        request.headers().forEach(builder::setHeader);
        boolean typed = request.headers().keySet().stream().anyMatch("Content-Type"::equalsIgnoreCase);
        if (request.body() != null && !typed) {
            builder.setHeader("Content-Type", "application/json");
        }
        return builder.setHeader("Idempotency-Key", request.idempotencyKey())
                .setHeader("User-Agent", USER_AGENT)
                .method(request.method(),
                        request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request.body()))
                .build();
    }

    /**
     * The exchange, failed with {@link HttpTimeoutException} once {@code timeout} has passed: the request's own
     * timeout covers only the wait for the response headers, not a body that trickles in.
     */
    private CompletableFuture<HttpResponse<String>> exchange(HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<String>> exchange =
                client.sendAsync(request, info -> new TruncatedBody(MAX_BODY_BYTES));
        CompletableFuture<HttpResponse<String>> bounded = new CompletableFuture<>();
        exchange.whenComplete((response, error) -> {
            if (error == null) {
                bounded.complete(response);
            } else {
                bounded.completeExceptionally(unwrapped(error));
            }
        });
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (bounded.completeExceptionally(new HttpTimeoutException("no complete answer within " + timeout))) {
                exchange.cancel(true);
            }
        });
        return bounded;
    }

    private static void record(CircuitBreaker breaker, long start, @Nullable HttpResponse<?> response,
            @Nullable Throwable error) {
        long elapsed = breaker.getCurrentTimestamp() - start;
        if (error != null) {
            breaker.onError(elapsed, breaker.getTimestampUnit(), unwrapped(error));
        } else if (response.statusCode() >= 500 || response.statusCode() == 429) {
            breaker.onError(elapsed, breaker.getTimestampUnit(), new FailingStatus(response.statusCode()));
        } else {
            breaker.onSuccess(elapsed, breaker.getTimestampUnit());
        }
    }

    private static String target(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + AllowedHosts.port(uri);
    }

    private static Throwable unwrapped(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** An answer that counts against its target, recorded as the breaker records a network error. */
    private static final class FailingStatus extends IOException {

        FailingStatus(int status) {
            super("HTTP " + status);
        }
    }
}
