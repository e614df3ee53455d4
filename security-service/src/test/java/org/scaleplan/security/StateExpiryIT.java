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
 * Detection's state ends by stream time on a real broker: once nothing of a series and of a bucket has arrived for
 * the 5-minute staleness, the punctuator's next sweep deletes them, which the detection store's changelog records as
 * tombstones, though no record touched them; and the store sizes are on /actuator/prometheus.
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
    void theSweepEndsASeriesAndABucketOnceStreamTimeHasRunOnPastTheStalenessPeriod() {
        String system = "gone-" + UUID.randomUUID();
        Instant start = Instant.now();
        failed(system, 0, start);
        failed(system, 5, start.plusSeconds(10));                          // a bucket of 5
        String series = "series|" + system + "|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}";
        String bucket = "bucket|" + system + "|auth-failure-spike|203.0.113.7";
        String changelog = streams.changelog(SecurityTopology.DETECTION);
        probe.await(changelog, r -> r.key().equals(bucket) && r.value() != null, PATIENCE);
        assertThat(AdminHttp.bodyIfOk(port, "/actuator/prometheus"))
                .containsPattern("scaleplan_store_keys\\{store=\"detection\"} [1-9]")
                .containsPattern("scaleplan_store_bytes\\{store=\"detection\"} [1-9]")
                .contains("scaleplan_store_keys{store=\"decisions\"}", "scaleplan_store_bytes{store=\"decisions\"}");

        // A record of the same system (so the same partition) that detection does not read, arriving six minutes
        // on: only the task's stream time moves.
        Instant later = start.plus(Duration.ofMinutes(6));
        probe.send(new MetricSample(UUID.randomUUID(), later, system, "unread_metric", Map.of(), 1, later), later);

        probe.await(changelog, r -> r.key().equals(series) && r.value() == null, PATIENCE);
        probe.await(changelog, r -> r.key().equals(bucket) && r.value() == null, PATIENCE);
    }

    /** Alice's failures from one address, arriving as they happen. */
    private static void failed(String system, double total, Instant at) {
        probe.send(new MetricSample(UUID.randomUUID(), at, system, "auth_failures_total",
                Map.of("client_ip", "203.0.113.7", "user", "alice"), total, at), at);
    }
}
