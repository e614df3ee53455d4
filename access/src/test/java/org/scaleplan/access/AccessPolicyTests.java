package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessPolicyTests {

    private final AccessPolicy policy = AccessPolicy.builder()
            .open(GET, "/v1/status")
            .rule(GET, "/v1/systems/{system}/phase", Role.VIEWER, "read")
            .rule(PUT, "/v1/systems/{system}/budget", Role.ADMIN, "admin")
            .rule(GET, "/v1/incidents/{id}", Role.VIEWER, "read")
            .rule(GET, "/v1/incidents/summary", Role.OPERATOR, "read")
            .rule(POST, "/v1/metrics", Role.INGEST, "ingest")
            .build();

    @Nested
    class Rules {

        @Test
        void matchTheMethodAndPatternAndCarryRoleAndRouteClass() {
            Route route = policy.route(POST, "/v1/metrics");
            assertThat(route.required()).isEqualTo(Role.INGEST);
            assertThat(route.routeClass()).isEqualTo("ingest");
            assertThat(route.declared()).isTrue();
            assertThat(route.action()).isEqualTo("POST /v1/metrics");
            assertThat(route.system()).isNull();
        }

        @Test
        void extractTheSystemVariable() {
            Route route = policy.route(PUT, "/v1/systems/shop-prod/budget");
            assertThat(route.system()).isEqualTo("shop-prod");
            assertThat(route.action()).isEqualTo("PUT /v1/systems/{system}/budget");
        }

        @Test
        void preferTheMostSpecificPattern() {
            assertThat(policy.route(GET, "/v1/incidents/summary").required()).isEqualTo(Role.OPERATOR);
            assertThat(policy.route(GET, "/v1/incidents/inc-42").required()).isEqualTo(Role.VIEWER);
        }

        @Test
        void coverHeadWithGet() {
            assertThat(policy.route(HEAD, "/v1/systems/shop/phase").required()).isEqualTo(Role.VIEWER);
        }

        @Test
        void openRoutesNeedNoRole() {
            assertThat(policy.route(GET, "/v1/status").isOpen()).isTrue();
            assertThat(policy.route(POST, "/v1/status").isOpen()).isFalse();
        }
    }

    @Nested
    class Unmatched {

        @Test
        void needsAdmin() {
            Route route = policy.route(DELETE, "/v1/systems/shop/phase");
            assertThat(route.required()).isEqualTo(Role.ADMIN);
            assertThat(route.routeClass()).isEqualTo(AccessPolicy.DEFAULT_ROUTE_CLASS);
            assertThat(route.declared()).isFalse();
            assertThat(route.action()).isEqualTo("DELETE /v1/systems/shop/phase");
        }

        @Test
        void includesTrailingSlashesAndSubPaths() {
            assertThat(policy.route(POST, "/v1/metrics/").required()).isEqualTo(Role.ADMIN);
            assertThat(policy.route(GET, "/v1/systems/shop/phase/history").required()).isEqualTo(Role.ADMIN);
        }
    }

    @Nested
    class BuiltIn {

        @Test
        void healthIsOpen() {
            assertThat(policy.route(GET, "/actuator/health").isOpen()).isTrue();
            assertThat(policy.route(GET, "/actuator/health/liveness").isOpen()).isTrue();
        }

        @Test
        void metricsAndApiDescriptionNeedViewer() {
            assertThat(policy.route(GET, "/actuator/prometheus").required()).isEqualTo(Role.VIEWER);
            assertThat(policy.route(GET, "/v3/api-docs").required()).isEqualTo(Role.VIEWER);
            assertThat(policy.route(GET, "/v3/api-docs/swagger-config").required()).isEqualTo(Role.VIEWER);
        }

        @Test
        void otherActuatorEndpointsNeedAdmin() {
            assertThat(policy.route(GET, "/actuator/env").required()).isEqualTo(Role.ADMIN);
        }

        @Test
        void giveWayToTheServicesOwnRule() {
            AccessPolicy custom = AccessPolicy.builder().rule(GET, "/actuator/prometheus", Role.ADMIN, "admin").build();
            assertThat(custom.route(GET, "/actuator/prometheus").required()).isEqualTo(Role.ADMIN);
        }

        @Test
        void makeAnEmptyPolicyClosedButHealthy() {
            AccessPolicy empty = AccessPolicy.builder().build();
            assertThat(empty.route(GET, "/actuator/health").isOpen()).isTrue();
            assertThat(empty.route(GET, "/v1/anything").required()).isEqualTo(Role.ADMIN);
        }
    }

    @Nested
    class Building {

        @Test
        void refusesTwoRulesForOneRoute() {
            assertThatThrownBy(() -> AccessPolicy.builder()
                    .rule(GET, "/v1/things", Role.VIEWER, "read")
                    .rule(GET, "/v1/things", Role.ADMIN, "admin"))
                    .hasMessage("GET /v1/things has two rules");
        }

        @Test
        void refusesRouteClassesThatCannotBeSettingNames() {
            assertThatThrownBy(() -> AccessPolicy.builder().rule(GET, "/v1/things", Role.VIEWER, "Read Only"))
                    .hasMessageContaining("route class 'Read Only'");
        }
    }
}
