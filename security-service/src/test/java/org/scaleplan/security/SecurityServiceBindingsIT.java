package org.scaleplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.testsupport.BindingChecks;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.SampleEvents;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class SecurityServiceBindingsIT {

    private static final BindingChecks checks = new BindingChecks(Infrastructure.kafkaBootstrapServers(),
            "security-service");

    @Autowired
    EventPublisher publisher;

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProbe() {
        checks.close();
    }

    @Test
    void consumesSamplesAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.metricSample("shop-prod", "http_requests_total"));
    }

    @Test
    void passesOverSamplesOfMetricsItDoesNotReadUndecoded() {
        checks.passesOverSamplesOfMetricsItDoesNotRead("active_users");
    }

    @Test
    void consumesPhaseChangesAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.phaseChanged("shop-prod"));
    }

    @Test
    void consumesActionRequestsAndDeadLettersPoison() {
        checks.consumesAndDeadLettersPoison(port, SampleEvents.actionRequested("shop-prod"));
    }

    @Test
    void publishesSecurityEventsKeyedBySystemWithCloudEventsHeaders() {
        checks.publishes(publisher::publish, SampleEvents.decisionIssued("shop-prod"));
        checks.publishes(publisher::publish, SampleEvents.postureChanged("shop-prod"));
        checks.publishes(publisher::publish, SampleEvents.securityIncidentDetected("shop-prod"));
    }

    @Test
    void refusesToWriteATopicItDoesNotOwn() {
        assertThatThrownBy(() -> publisher.publish(SampleEvents.incidentOpened("shop-prod")))
                .hasMessageContaining("may not publish");
    }

    @Test
    void publishesHealthWithTheKafkaBinderMetricsAndOpenApi() {
        assertThat(checks.get(port, "/actuator/health")).contains("\"binders\"").contains("\"status\":\"UP\"");
        assertThat(checks.get(port, "/actuator/prometheus")).contains("jvm_memory_used_bytes");
        assertThat(checks.get(port, "/v3/api-docs")).contains("\"openapi\"");
    }
}
