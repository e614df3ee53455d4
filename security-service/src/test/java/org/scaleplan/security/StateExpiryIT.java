package org.scaleplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.messaging.streams.StreamsService;
import org.scaleplan.security.streams.SecurityTopology;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Detection's state ends in event time on a real broker: once a series has gone (silent for the 5-minute
 * staleness) and a bucket has leaked empty by their system's clock, the next sweep deletes them, which the
 * detection store's changelog records as tombstones; and the store sizes are on /actuator/prometheus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class StateExpiryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @Autowired
    StreamsService streams;

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aSeriesAndABucketThatHaveGoneLeaveTheStoreByTheSystemsClock() {
        String system = "gone-" + UUID.randomUUID();
        Instant start = Instant.now();
        failed(system, "203.0.113.7", "alice", 0, start);
        failed(system, "203.0.113.7", "alice", 5, start.plusSeconds(10));   // a bucket of 5: empty 50 s later
        String series = "series|" + system + "|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}";
        String bucket = "bucket|" + system + "|auth-failure-spike|203.0.113.7";
        String changelog = streams.changelog(SecurityTopology.DETECTION);
        probe.await(changelog, r -> r.key().equals(bucket) && r.value() != null, PATIENCE);

        failed(system, "198.51.100.1", "bob", 0, start.plus(Duration.ofMinutes(6)));   // alice: silent 5m50s

        probe.await(changelog, r -> r.key().equals(series) && r.value() == null, PATIENCE);
        probe.await(changelog, r -> r.key().equals(bucket) && r.value() == null, PATIENCE);
        assertThat(AdminHttp.bodyIfOk(port, "/actuator/prometheus"))
                .containsPattern("scaleplan_store_keys\\{store=\"detection\"} [1-9]")
                .contains("scaleplan_store_keys{store=\"decisions\"}");
    }

    private static void failed(String system, String address, String user, double total, Instant at) {
        probe.send(new MetricSample(UUID.randomUUID(), at, system, "auth_failures_total",
                Map.of("client_ip", address, "user", user), total, at));
    }
}
