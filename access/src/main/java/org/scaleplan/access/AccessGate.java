package org.scaleplan.access;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.AccessProperties.FailureMode;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.keys.KeyVerifier;
import org.scaleplan.access.keys.Verification;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.ratelimit.RateDecision;
import org.scaleplan.access.ratelimit.RateLimiter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Decides whether a request to a protected route goes ahead, in this order: a bearer key (401), a live key (401;
 * 503 if the key store cannot be reached), the route's role (403), the route's system in the key's scope (404),
 * a decision of security-service against the key or the client's address (403, or 429 when throttled), the key's
 * rate limit for the route class (429). Each decision is counted in {@code scaleplan.access.requests}
 * by outcome.
 */
final class AccessGate {

    /** RFC 6750: the scheme (any case), one or more spaces, a token68; longer than any real key is refused. */
    private static final String INGEST = "ingest";
    private static final Pattern BEARER = Pattern.compile("(?i:Bearer) +([A-Za-z0-9\\-._~+/]{1,256}=*)");

    private final KeyVerifier verifier;
    private final DecisionEnforcer decisions;
    private final RateLimiter limiter;
    private final AccessProperties properties;
    private final MeterRegistry meters;

    AccessGate(KeyVerifier verifier, DecisionEnforcer decisions, RateLimiter limiter, AccessProperties properties,
            MeterRegistry meters) {
        this.verifier = verifier;
        this.decisions = decisions;
        this.limiter = limiter;
        this.properties = properties;
        this.meters = meters;
    }

    /** @param remoteAddress the client's address, checked against Scaleplan-wide decisions with its key */
    Admission admit(Route route, @Nullable String authorization, String remoteAddress) {
        Admission admission = authenticate(route, authorization, remoteAddress);
        meters.counter("scaleplan.access.requests", "outcome", admission.outcome()).increment();
        return admission;
    }

    private Admission authenticate(Route route, @Nullable String authorization, String remoteAddress) {
        if (authorization == null || authorization.isBlank()) {
            return Admission.refused(null, Denial.missingKey());
        }
        Matcher bearer = BEARER.matcher(authorization.strip());
        if (!bearer.matches()) {
            return Admission.refused(null, Denial.malformedAuthorization());
        }
        Verification verification = verifier.verify(bearer.group(1));
        return switch (verification.status()) {
            case VERIFIED -> decisions.refusal(DecisionStore.SCALEPLAN, verification.caller(), remoteAddress)
                    .map(denial -> Admission.refused(verification.caller(), denial))
                    .orElseGet(() -> authorize(route, verification.caller()));
            case NOT_A_KEY -> Admission.refused(null, Denial.notAKey());
            case UNKNOWN -> Admission.refused(null, Denial.unknownKey());
            case UNAVAILABLE -> Admission.refused(null, Denial.authenticationUnavailable());
        };
    }

    private Admission authorize(Route route, Caller caller) {
        if (!caller.has(route.required())) {
            return Admission.refused(caller, Denial.missingRole(route.required(), caller.roles()));
        }
        if (route.system() != null && !caller.canSee(route.system())) {
            return Admission.refused(caller, Denial.notFound());
        }
        return limit(route, caller);
    }

    private Admission limit(Route route, Caller caller) {
        RateLimit limit = rateLimit(route.routeClass(), caller);
        Optional<RateDecision> decision = limiter.acquire(caller.keyId(), route.routeClass(), limit);
        if (decision.isEmpty()) {
            return properties.rateLimitFailureMode() == FailureMode.OPEN
                    ? new Admission(caller, null, Map.of())
                    : Admission.refused(caller, Denial.rateLimitUnavailable());
        }
        if (!decision.get().admitted()) {
            return Admission.refused(caller,
                    Denial.rateLimited(route.routeClass(), limit, decision.get()));
        }
        return new Admission(caller, null, decision.get().headers());
    }

    /** The route class's limit, or for ingest the one the security posture of the key's systems sets. */
    private RateLimit rateLimit(String routeClass, Caller caller) {
        if (routeClass.equals(INGEST) && caller.ingestPerMinute() != null) {
            double perSecond = caller.ingestPerMinute() / 60.0;
            return new RateLimit(perSecond, (int) Math.max(1, Math.round(2 * perSecond)));
        }
        return properties.rateLimit(routeClass);
    }

    /**
     * @param caller the authenticated caller, also when it is refused later (role, scope, rate limit)
     * @param denial absent when the request goes ahead
     * @param headers to add to the response when it goes ahead (rate-limit headers)
     */
    record Admission(@Nullable Caller caller, @Nullable Denial denial, Map<String, String> headers) {

        static Admission refused(@Nullable Caller caller, Denial denial) {
            return new Admission(caller, denial, Map.of());
        }

        String outcome() {
            return denial == null ? "authenticated" : denial.outcome();
        }
    }
}
