package org.scaleplan.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.KeyStore;
import org.scaleplan.access.Role;
import org.scaleplan.access.StoredKey;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.Topics;
import org.scaleplan.testsupport.AccessMatrix;
import org.scaleplan.testsupport.AccessMatrix.Endpoint;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
class ApiKeysIT {

    private static final String ADMIN_KEY = ServiceProperties.ADMIN_KEY;
    private static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    KeyStore keys;

    @AfterAll
    static void close() {
        kafka.close();
    }

    @Test
    void issuesAKeyThatWorksAtOnceAndShowsItsSecretOnlyOnce() {
        Api api = new Api(port);
        Map<String, Object> created = api.createKey(ADMIN_KEY, "grafana", List.of("viewer"), List.of("shop-prod"));
        String secret = (String) created.get("key");

        assertThat(ApiKeySecrets.isWellFormed(secret)).isTrue();
        assertThat(created).containsEntry("status", "active").doesNotContainKey("secretHash");
        assertThat(api.get(secret, "/actuator/prometheus").statusCode()).isEqualTo(200);
        String listing = api.get(ADMIN_KEY, "/v1/api-keys").body();
        assertThat(listing).contains((String) created.get("keyId")).doesNotContain(secret)
                .doesNotContain(ApiKeySecrets.hash(secret));
    }

    @Test
    void revokedKeyStopsWorkingWithinSeconds() {
        Api api = new Api(port);
        Map<String, Object> created = api.createKey(ADMIN_KEY, "ci", List.of("viewer"), List.of());
        String secret = (String) created.get("key");
        assertThat(api.get(secret, "/actuator/prometheus").statusCode()).isEqualTo(200);

        assertThat(api.delete(ADMIN_KEY, "/v1/api-keys/" + created.get("keyId")).statusCode()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get(secret, "/actuator/prometheus").statusCode() == 401);
        assertThat(api.get(ADMIN_KEY, "/v1/api-keys").body()).contains("\"status\":\"revoked\"");
    }

    @Test
    void recordsKeysOnACompactedTopicWithoutTheSecret() throws Exception {
        Map<String, Object> created = new Api(port).createKey(ADMIN_KEY, "audit", List.of("viewer"), List.of());

        var record = kafka.await(Topics.API_KEYS, r -> created.get("keyId").equals(r.key()), Duration.ofSeconds(20));

        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).contains("scaleplan.api-key.issued");
        assertThat(new String(record.value())).contains(ApiKeySecrets.hash((String) created.get("key")))
                .doesNotContain((String) created.get("key"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.API_KEYS);
            assertThat(admin.describeConfigs(Set.of(topic)).all().get().get(topic).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
    }

    @Test
    void rebuildsTheRedisKeyStoreFromKafkaWhenRedisIsEmptied() {
        Api api = new Api(port);
        String secret = (String) api.createKey(ADMIN_KEY, "survivor", List.of("viewer"), List.of()).get("key");

        redis.execute(connection -> {
            connection.serverCommands().flushAll();
            return null;
        }, true);

        await().atMost(Duration.ofSeconds(15)).until(() -> redis.hasKey("scaleplan:api-key:" + ApiKeySecrets.hash(secret)));
        assertThat(api.get(secret, "/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void rejectsABadRequestNamingEachField() {
        var response = new Api(port).post(ADMIN_KEY, "/v1/api-keys",
                "{\"name\": \"\", \"roles\": [\"root\"], \"systems\": [\"shop prod\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"name\"", "\"field\":\"roles[0]\"", "\"field\":\"systems[0]\"");
    }

    @Test
    void auditsAdminActionsAndAnswersAuditQueries() {
        Api api = new Api(port);
        String keyId = (String) api.createKey(ADMIN_KEY, "audited", List.of("viewer"), List.of()).get("keyId");
        api.delete(ADMIN_KEY, "/v1/api-keys/" + keyId);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get(ADMIN_KEY, "/v1/audit?actor=bootstrap&limit=1000").body())
                        .contains("\"action\":\"DELETE /v1/api-keys/{keyId}\"", "\"path\":\"/v1/api-keys/" + keyId + "\"",
                                "\"outcome\":\"SUCCEEDED\""));
    }

    @Test
    void answersEveryEndpointForEveryRoleAndScopeAsTheRoleTableSays() {
        Api api = new Api(port);
        api.createKey(ADMIN_KEY, "shop dashboard", List.of("viewer"), List.of(AccessMatrix.SYSTEM));
        List<Endpoint> endpoints = new ArrayList<>(AccessMatrix.SERVICE_ENDPOINTS);
        endpoints.add(Endpoint.of("POST", "/v1/api-keys", "admin", 201)
                .withBody("{\"name\": \"m\", \"roles\": [\"viewer\"], \"systems\": [\"{system}\"]}")
                .outOfScopeAnswer(400));
        endpoints.add(Endpoint.of("GET", "/v1/api-keys", "admin", 200));
        endpoints.add(Endpoint.of("DELETE", "/v1/api-keys/key_0000000000000000", "admin", 404));
        endpoints.add(Endpoint.of("GET", "/v1/audit", "admin", 200));
        endpoints.add(Endpoint.of("GET", "/v1/decisions", "viewer", 200));
        endpoints.add(Endpoint.of("POST", "/v1/decisions", "admin", 202)
                .withBody("{\"system\": \"{system}\", \"action\": \"BLOCK\", \"scope\": {\"type\": \"USER\","
                        + " \"value\": \"matrix\"}, \"ttl\": \"1s\", \"reason\": \"access matrix\"}")
                .outOfScopeAnswer(400));
        endpoints.add(Endpoint.of("DELETE", "/v1/decisions/no-such-decision", "admin", 404));

        int calls = new AccessMatrix(port, this::key).check(endpoints);

        System.out.println("security-service access matrix: " + calls + " calls as expected");
    }

    private String key(String role, List<String> systems) {
        String secret = ApiKeySecrets.generate();
        keys.put(ApiKeySecrets.hash(secret), new StoredKey("key_" + role, role, Set.of(Role.parse(role)),
                Set.copyOf(systems), null));
        return secret;
    }
}
