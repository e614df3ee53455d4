package org.scaleplan.access;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.AccessGate.Admission;
import org.scaleplan.access.audit.ActionAuditor;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.RequestPath;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards every request, actuator included: open routes pass; others go through the {@link AccessGate} and are
 * either answered with a problem or passed on with the {@link Caller} attached; admin and operator actions are
 * then audited with the status they got.
 */
final class AccessFilter extends OncePerRequestFilter {

    /** Early, but after the observation filter, so refused requests still show up in the HTTP metrics. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final AccessPolicy policy;
    private final AccessGate gate;
    private final ProblemResponses problems;
    private final ActionAuditor auditor;

    AccessFilter(AccessPolicy policy, AccessGate gate, ProblemResponses problems, ActionAuditor auditor) {
        this.policy = policy;
        this.gate = gate;
        this.problems = problems;
        this.auditor = auditor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Route route = routeOf(request);
        if (route.isOpen()) {
            chain.doFilter(request, response);
            return;
        }
        Admission admission = gate.admit(route, request.getHeader(HttpHeaders.AUTHORIZATION),
                request.getRemoteAddr());
        if (admission.denial() != null) {
            problems.write(request, response, admission.denial());
            audit(route, request, admission.caller(), response.getStatus());
            return;
        }
        admission.headers().forEach(response::setHeader);
        request.setAttribute(Caller.ATTRIBUTE, admission.caller());
        proceed(route, request, response, chain, admission.caller());
    }

    private Route routeOf(HttpServletRequest request) {
        return policy.route(HttpMethod.valueOf(request.getMethod()),
                RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication());
    }

    private void proceed(Route route, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            Caller caller) throws ServletException, IOException {
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new AuditWhenComplete(route, request, caller));
            } else {
                audit(route, request, caller, status);
            }
        }
    }

    private void audit(Route route, HttpServletRequest request, @Nullable Caller caller, int status) {
        if (ActionAuditor.audits(route, caller, status)) {
            auditor.record(route, request.getRequestURI(), caller, status);
        }
    }

    /** For asynchronous controllers, whose status is known only when the response completes. */
    private final class AuditWhenComplete implements AsyncListener {

        private final Route route;
        private final HttpServletRequest request;
        private final Caller caller;

        AuditWhenComplete(Route route, HttpServletRequest request, Caller caller) {
            this.route = route;
            this.request = request;
            this.caller = caller;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            audit(route, request, caller, ((HttpServletResponse) event.getSuppliedResponse()).getStatus());
        }

        /** A timed-out or failed asynchronous request also completes, and is audited then. */
        @Override
        public void onTimeout(AsyncEvent event) {
            // audited in onComplete
        }

        @Override
        public void onError(AsyncEvent event) {
            // audited in onComplete
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // this listener is added after the start
        }
    }
}
