package org.scaleplan.access;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.decisions.StoredDecision;
import org.scaleplan.access.ratelimit.RateDecision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Why a request is refused, as the caller will read it: a status, a detail that says what is wrong and what to
 * do, and the headers that go with it. No detail ever contains the presented key or any part of it.
 *
 * @param outcome the {@code outcome} tag of {@code scaleplan.access.requests}
 */
record Denial(HttpStatus status, String outcome, String detail, Map<String, String> headers) {

    /** The detail of every 404, whether the system is unknown or outside the key's scope. */
    static final String NOT_FOUND_DETAIL = "Nothing was found at this address.";
    static final long UNAVAILABLE_RETRY_SECONDS = 5;

    private static final String CHALLENGE = "Bearer realm=\"scaleplan\"";

    static Denial missingKey() {
        return unauthenticated("this endpoint needs an API key: send the header Authorization: Bearer <key>",
                CHALLENGE);
    }

    static Denial malformedAuthorization() {
        return unauthenticated("the Authorization header must be the word Bearer, a space and the API key",
                CHALLENGE + ", error=\"invalid_request\"");
    }

    static Denial notAKey() {
        return unauthenticated("the bearer token is not a Scaleplan API key (those are spk_ followed by 36 letters"
                + " and digits)", CHALLENGE + ", error=\"invalid_token\"");
    }

    static Denial unknownKey() {
        return unauthenticated("the API key is unknown, revoked or expired", CHALLENGE + ", error=\"invalid_token\"");
    }

    static Denial missingRole(Role required, Set<Role> roles) {
        String held = roles.isEmpty() ? "no role" : roles.stream().sorted().map(Role::text)
                .collect(Collectors.joining(", "));
        return new Denial(HttpStatus.FORBIDDEN, "forbidden", "this endpoint needs the " + required.text()
                + " role; the key has " + held, Map.of());
    }

    /** Identical to the answer for a system that does not exist, so it says nothing about the system. */
    static Denial notFound() {
        return new Denial(HttpStatus.NOT_FOUND, "out_of_scope", NOT_FOUND_DETAIL, Map.of());
    }

    static Denial rateLimited(String routeClass, RateLimit limit, RateDecision decision) {
        return new Denial(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "too many " + routeClass
                + " requests with this key: the limit is " + plain(limit.perSecond()) + " per second with bursts of "
                + limit.burst() + "; retry in " + decision.retryAfterSeconds() + " s", decision.headers());
    }

    /** A decision of security-service blocks the caller's key or address; the reason names the detection. */
    static Denial blocked(StoredDecision decision) {
        return new Denial(HttpStatus.FORBIDDEN, "blocked", "requests of " + scope(decision) + " are blocked until "
                + decision.expiresAt() + " (decision " + decision.decisionId() + ": " + decision.reason() + ")",
                Map.of());
    }

    static Denial throttled(StoredDecision decision, RateLimit limit, RateDecision rate) {
        return new Denial(HttpStatus.TOO_MANY_REQUESTS, "throttled", "requests of " + scope(decision)
                + " are throttled to " + plain(limit.perSecond()) + " per second until " + decision.expiresAt()
                + " (decision " + decision.decisionId() + ": " + decision.reason() + "); retry in "
                + rate.retryAfterSeconds() + " s", rate.headers());
    }

    static Denial authenticationUnavailable() {
        return unavailable("the key store cannot be reached, so the API key cannot be checked");
    }

    static Denial kafkaUnavailable() {
        return unavailable("Kafka did not acknowledge the change, so it was not made");
    }

    static Denial rateLimitUnavailable() {
        return unavailable("the rate-limit store cannot be reached, so the request cannot be admitted");
    }

    private static Denial unauthenticated(String detail, String challenge) {
        return new Denial(HttpStatus.UNAUTHORIZED, "unauthenticated", detail,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    private static Denial unavailable(String reason) {
        return new Denial(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", reason + "; this is not the client's fault,"
                + " retry in " + UNAVAILABLE_RETRY_SECONDS + " s",
                Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(UNAVAILABLE_RETRY_SECONDS)));
    }

    private static String scope(StoredDecision decision) {
        return decision.scope().type().name().toLowerCase(Locale.ROOT) + " " + decision.scope().value();
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
