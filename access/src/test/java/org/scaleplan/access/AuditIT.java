package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.access.Fixtures.post;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.Outcome;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class AuditIT {

    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void recordsAnAdminActionWithWhoWhatWhenAndOutcome() {
        IssuedKey admin = Fixtures.issue(store, Set.of(Role.ADMIN), Set.of());
        assertThat(post(port, "/v1/admin/things", admin.bearer()).statusCode()).isEqualTo(200);

        ConsumerRecord<String, byte[]> record = awaitAudit(event -> admin.keyId().equals(event.actorKeyId()));
        ActionAudited audited = read(record);
        assertThat(audited.action()).isEqualTo("POST /v1/admin/things");
        assertThat(audited.path()).isEqualTo("/v1/admin/things");
        assertThat(audited.status()).isEqualTo(200);
        assertThat(audited.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(audited.service()).isEqualTo("access-test");
        assertThat(audited.actorName()).isEqualTo("test [admin]");
        assertThat(audited.system()).isNull();
        assertThat(record.key()).isEqualTo(admin.keyId());
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).contains("scaleplan.access.action-audited");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).contains("access-test");
    }

    @Test
    void recordsAnOperatorActionRefusedForItsRole() {
        IssuedKey operator = Fixtures.issue(store, Set.of(Role.OPERATOR), Set.of());
        assertThat(post(port, "/v1/admin/things", operator.bearer()).statusCode()).isEqualTo(403);

        ActionAudited audited = read(awaitAudit(event -> operator.keyId().equals(event.actorKeyId())));
        assertThat(audited.status()).isEqualTo(403);
        assertThat(audited.outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void recordsAnOperatorActionOutsideItsScopeKeyedByTheSystem() {
        IssuedKey operator = Fixtures.issue(store, Set.of(Role.OPERATOR), Set.of("shop-a"));
        assertThat(post(port, "/v1/systems/shop-b/things", operator.bearer()).statusCode()).isEqualTo(404);

        ConsumerRecord<String, byte[]> record = awaitAudit(event -> operator.keyId().equals(event.actorKeyId()));
        ActionAudited audited = read(record);
        assertThat(audited.action()).isEqualTo("POST /v1/systems/{system}/things");
        assertThat(audited.system()).isEqualTo("shop-b");
        assertThat(audited.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(record.key()).isEqualTo("shop-b");
    }

    @Test
    void recordsAnAttemptWithoutAKeyWithoutAnActor() {
        String system = "system-" + UUID.randomUUID();
        assertThat(post(port, "/v1/systems/" + system + "/things", null).statusCode()).isEqualTo(401);

        ActionAudited audited = read(awaitAudit(event -> system.equals(event.system())));
        assertThat(audited.actorKeyId()).isNull();
        assertThat(audited.status()).isEqualTo(401);
        assertThat(audited.outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void recordsTheBootstrapAdminByItsKeyId() {
        String system = "system-" + UUID.randomUUID();
        assertThat(post(port, "/v1/systems/" + system + "/things", "Bearer " + Fixtures.BOOTSTRAP_KEY).statusCode())
                .isEqualTo(404);

        ActionAudited audited = read(awaitAudit(event -> system.equals(event.system())));
        assertThat(audited.actorKeyId()).isEqualTo("bootstrap");
        assertThat(audited.actorName()).isEqualTo("bootstrap admin");
        // the controller answered 404 (no such system); a 404 counts as denied, whoever answered it
        assertThat(audited.outcome()).isEqualTo(Outcome.DENIED);
    }

    private static ConsumerRecord<String, byte[]> awaitAudit(Predicate<ActionAudited> match) {
        return probe.await(Topics.SECURITY_EVENTS, record -> KafkaProbe.header(record, CloudEventHeaders.TYPE)
                .filter("scaleplan.access.action-audited"::equals).isPresent() && match.test(read(record)),
                Duration.ofSeconds(30));
    }

    private static ActionAudited read(ConsumerRecord<String, byte[]> record) {
        return EventJson.read(record.value(), ActionAudited.class);
    }
}
