package org.scaleplan.access.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.access.AccessPolicy;
import org.scaleplan.access.Caller;
import org.scaleplan.access.Role;
import org.scaleplan.contracts.access.Outcome;
import org.springframework.http.HttpMethod;

class ActionAuditorTests {

    private static final AccessPolicy POLICY = AccessPolicy.builder()
            .rule(GET, "/v1/incidents", Role.VIEWER, "read")
            .rule(POST, "/v1/incidents/{id}/ack", Role.OPERATOR, "write")
            .rule(GET, "/v1/api-keys", Role.ADMIN, "admin")
            .rule(POST, "/v1/api-keys", Role.ADMIN, "admin")
            .rule(POST, "/v1/metrics", Role.INGEST, "ingest")
            .build();
    private static final Caller ADMIN = new Caller("k1", "ops", Set.of(Role.ADMIN), Set.of());

    @ParameterizedTest(name = "{0} {1}, authenticated {2}, answered {3}: {4}")
    @CsvSource(textBlock = """
            # operator and admin actions, allowed or refused
            POST, /v1/incidents/inc-1/ack, true,  202, true
            POST, /v1/incidents/inc-1/ack, false, 401, true
            POST, /v1/api-keys,            true,  201, true
            # reads, even admin-only ones, and ingest are not actions
            GET,  /v1/api-keys,            true,  200, false
            GET,  /v1/incidents,           true,  200, false
            POST, /v1/metrics,             true,  202, false
            # but a known key refused for its rate limit or by a decision is, wherever (abuse detection reads them)
            POST, /v1/metrics,             true,  429, true
            GET,  /v1/incidents,           true,  403, true
            POST, /v1/metrics,             false, 401, false
            # a path no rule names needs admin: audited once the caller is known, not for anonymous probes
            POST, /wp-login.php,           true,  403, true
            POST, /wp-login.php,           false, 401, false
            """)
    void auditsAdminAndOperatorActionsAndRefusedKeys(String method, String path, boolean authenticated, int status,
            boolean audited) {
        assertThat(ActionAuditor.audits(POLICY.route(HttpMethod.valueOf(method), path), authenticated ? ADMIN : null,
                status)).isEqualTo(audited);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            200, SUCCEEDED
            201, SUCCEEDED
            204, SUCCEEDED
            401, DENIED
            403, DENIED
            404, DENIED
            429, DENIED
            400, FAILED
            409, FAILED
            500, FAILED
            503, FAILED
            """)
    void namesTheOutcomeByStatus(int status, Outcome outcome) {
        assertThat(ActionAuditor.outcome(status)).isEqualTo(outcome);
    }

    @Test
    void auditsNothingOnAnOpenRoute() {
        assertThat(ActionAuditor.audits(POLICY.route(GET, "/actuator/health"), null, 200)).isFalse();
    }
}
