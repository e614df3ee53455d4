package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.access.Fixtures.call;
import static org.scaleplan.access.Fixtures.get;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.scaleplan.contracts.EventJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class AccessRulesIT {

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    /** Every key here is scoped to shop-a; {s} is shop-a in scope and shop-b (which exists) out of scope. */
    @ParameterizedTest(name = "{0} key, {1} {2}: in scope {3}, out of scope {4}")
    @CsvSource(textBlock = """
            # role,  method, endpoint,              in scope, out of scope
            # GET things needs viewer, which operator and admin also grant
            ingest,   GET,  /v1/systems/{s}/things, 403, 403
            viewer,   GET,  /v1/systems/{s}/things, 200, 404
            operator, GET,  /v1/systems/{s}/things, 200, 404
            admin,    GET,  /v1/systems/{s}/things, 200, 404
            # POST things needs operator; the role is checked before the scope, so a viewer learns nothing
            ingest,   POST, /v1/systems/{s}/things, 403, 403
            viewer,   POST, /v1/systems/{s}/things, 403, 403
            operator, POST, /v1/systems/{s}/things, 201, 404
            admin,    POST, /v1/systems/{s}/things, 201, 404
            # admin things have no system in the path: scope does not apply
            ingest,   POST, /v1/admin/things,       403, 403
            viewer,   POST, /v1/admin/things,       403, 403
            operator, POST, /v1/admin/things,       403, 403
            admin,    POST, /v1/admin/things,       200, 200
            # ingest is its own role; admin grants it too
            ingest,   POST, /v1/ingest,             202, 202
            viewer,   POST, /v1/ingest,             403, 403
            operator, POST, /v1/ingest,             403, 403
            admin,    POST, /v1/ingest,             202, 202
            # the list is for viewers, filtered by scope in the controller
            ingest,   GET,  /v1/things,             403, 403
            viewer,   GET,  /v1/things,             200, 200
            operator, GET,  /v1/things,             200, 200
            admin,    GET,  /v1/things,             200, 200
            # routes without a rule need admin
            viewer,   GET,  /v1/unlisted,           403, 403
            admin,    GET,  /v1/unlisted,           404, 404
            """)
    void answersEachRoleOnEachEndpointInAndOutOfScope(String role, String method, String endpoint, int inScope,
            int outOfScope) {
        IssuedKey key = Fixtures.issue(store, Set.of(Role.parse(role)), Set.of("shop-a"));
        assertThat(call(port, method, endpoint.replace("{s}", "shop-a"), key.bearer()).statusCode())
                .isEqualTo(inScope);
        assertThat(call(port, method, endpoint.replace("{s}", "shop-b"), key.bearer()).statusCode())
                .isEqualTo(outOfScope);
    }

    @Test
    void explainsAMissingRoleWithoutRepeatingTheKey() {
        IssuedKey viewer = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        HttpResponse<String> response = Fixtures.post(port, "/v1/systems/shop-a/things", viewer.bearer());
        JsonNode problem = problem(response, 403);
        assertThat(problem.get("detail").asString()).isEqualTo("this endpoint needs the operator role; the key has viewer");
        assertThat(problem.get("title").asString()).isEqualTo("Forbidden");
        assertThat(problem.get("instance").asString()).isEqualTo("/v1/systems/shop-a/things");
        assertThat(response.body()).doesNotContain(viewer.secret());
    }

    @Test
    void letsTheBootstrapKeyDoEverything() {
        String bootstrap = "Bearer " + Fixtures.BOOTSTRAP_KEY;
        assertThat(get(port, "/v1/systems/shop-b/things", bootstrap).statusCode()).isEqualTo(200);
        assertThat(Fixtures.post(port, "/v1/systems/shop-b/things", bootstrap).body()).contains("\"by\":\"bootstrap\"");
        assertThat(Fixtures.post(port, "/v1/admin/things", bootstrap).statusCode()).isEqualTo(200);
        assertThat(Fixtures.post(port, "/v1/ingest", bootstrap).statusCode()).isEqualTo(202);
        assertThat(get(port, "/v1/things", bootstrap).body()).isEqualTo("[\"shop-a\",\"shop-b\"]");
        assertThat(get(port, "/actuator/prometheus", bootstrap).statusCode()).isEqualTo(200);
    }

    @Test
    void keepsHealthOpenAndMetricsForViewers() {
        assertThat(get(port, "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get(port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
        IssuedKey ingest = Fixtures.issue(store, Set.of(Role.INGEST), Set.of());
        assertThat(get(port, "/actuator/prometheus", ingest.bearer()).statusCode()).isEqualTo(403);
        IssuedKey viewer = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of("shop-a"));
        assertThat(get(port, "/actuator/prometheus", viewer.bearer()).body())
                .contains("scaleplan_access_requests_total{outcome=\"forbidden\"");
    }

    @Test
    void showsTheHealthOfRedis() {
        JsonNode health = EventJson.mapper().readTree(get(port, "/actuator/health", null).body());
        assertThat(health.at("/components/redis/status").asString()).isEqualTo("UP");
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }
}
