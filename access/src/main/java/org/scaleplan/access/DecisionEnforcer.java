package org.scaleplan.access;

import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.decisions.StoredDecision;
import org.scaleplan.access.ratelimit.RateDecision;
import org.scaleplan.access.ratelimit.RateLimiter;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.springframework.dao.DataAccessException;

/**
 * Applies security-service's decisions to a caller: a BLOCK of its key or its address refuses the request (403);
 * a THROTTLE lets it through at the {@value #THROTTLED} rate-limit class, one bucket per decision (429 beyond it).
 * Decisions of the system {@value DecisionStore#SCALEPLAN} apply on every route of every service (the access filter
 * checks them); a service that acts for a system checks that system's with {@link #enforce}. While Redis cannot be
 * reached, decisions are not enforced: the request path stays open, the outage is counted and logged.
 */
public class DecisionEnforcer {

    /** The rate-limit class of throttled callers ({@code scaleplan.access.rate-limits.throttled}). */
    public static final String THROTTLED = "throttled";

    private final DecisionStore store;
    private final RateLimiter limiter;
    private final AccessProperties properties;
    private final RedisOutages outages;
    private final MeterRegistry meters;

    public DecisionEnforcer(DecisionStore store, RateLimiter limiter, AccessProperties properties,
            RedisOutages outages, MeterRegistry meters) {
        this.store = store;
        this.limiter = limiter;
        this.properties = properties;
        this.outages = outages;
        this.meters = meters;
    }

    /**
     * @throws RefusedException when a decision about the caller's key or its address refuses this request to
     *         {@code system}
     */
    public void enforce(String system, Caller caller, String remoteAddress) {
        Optional<Denial> denial = refusal(system, caller, remoteAddress);
        if (denial.isPresent()) {
            throw new RefusedException(denial.get());
        }
    }

    Optional<Denial> refusal(String system, Caller caller, String remoteAddress) {
        Optional<StoredDecision> decision;
        try {
            decision = store.find(system, List.of(new Scope(ScopeType.KEY, caller.keyId()),
                    new Scope(ScopeType.ADDRESS, remoteAddress)));
            outages.succeeded();
        } catch (DataAccessException e) {
            outages.failed("decision-lookup", e);
            return Optional.empty();
        }
        return decision.flatMap(this::apply);
    }

    private Optional<Denial> apply(StoredDecision decision) {
        meters.counter("scaleplan.access.decisions.applied", "action", decision.action().name()).increment();
        if (decision.action() == DecisionAction.BLOCK) {
            return Optional.of(Denial.blocked(decision));
        }
        Optional<RateDecision> admitted = limiter.acquire("decision:" + decision.decisionId(), THROTTLED);
        if (admitted.isPresent() && !admitted.get().admitted()) {
            return Optional.of(Denial.throttled(decision, properties.rateLimit(THROTTLED), admitted.get()));
        }
        return Optional.empty();
    }
}
