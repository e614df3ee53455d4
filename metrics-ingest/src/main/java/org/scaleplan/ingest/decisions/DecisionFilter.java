package org.scaleplan.ingest.decisions;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scaleplan.access.Caller;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionIssued;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces security decisions on the intake: a blocked key or client address gets 403, a throttled one 429
 * with Retry-After, for as long as the decision is in force. Runs after the access filter, which has
 * identified the caller.
 */
public class DecisionFilter extends OncePerRequestFilter {

    private final ActiveDecisions decisions;
    private final Clock clock;
    private final long throttleRetryAfterSeconds;

    public DecisionFilter(ActiveDecisions decisions, Clock clock, long throttleRetryAfterSeconds) {
        this.decisions = decisions;
        this.clock = clock;
        this.throttleRetryAfterSeconds = throttleRetryAfterSeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<DecisionIssued> decision = Caller.find(request)
                .flatMap(caller -> decisions.against(caller.keyId(), request.getRemoteAddr(), clock.instant()));
        if (decision.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean block = decision.get().action() == DecisionAction.BLOCK;
        response.setStatus(block ? HttpServletResponse.SC_FORBIDDEN : 429);
        if (!block) {
            response.setHeader("Retry-After", String.valueOf(throttleRetryAfterSeconds));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", block ? "Forbidden" : "Too Many Requests");
        problem.put("status", response.getStatus());
        problem.put("detail", "refused by security decision " + decision.get().decisionId() + " until "
                + decision.get().expiresAt());
        EventJson.mapper().writeValue(response.getOutputStream(), problem);
    }
}
