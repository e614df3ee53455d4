package org.scaleplan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.KafkaProcess;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The broker dies under load and comes back: while it is down the intake answers only 503 with Retry-After,
 * it recovers by itself, and every sample that was answered 2xx is on the topic afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { ServiceProperties.class, BrokerOutageIT.OwnBroker.class })
class BrokerOutageIT {

    @TempDir
    static Path kafkaData;

    private static KafkaProcess broker;

    @LocalServerPort
    int port;

    /** This test's own broker, which it kills; the shared test broker stays up for the other tests. */
    static class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            broker = new KafkaProcess(kafkaData).start();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-broker",
                    Map.<String, Object>of("spring.kafka.bootstrap-servers", broker.bootstrapServers())));
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void answersOnly503WhileTheBrokerIsDownAndLosesNoAcknowledgedSample() {
        IngestClient client = new IngestClient(port, ServiceProperties.ADMIN_KEY);
        Set<String> acknowledged = new HashSet<>();
        List<Integer> whileDown = new ArrayList<>();

        send(client, 0, 5, acknowledged, null);
        broker.kill();
        send(client, 5, 12, acknowledged, whileDown);
        broker.start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> client.post(batch(1000)).statusCode() == 200);
        acknowledged.add("batch_1000");
        send(client, 1001, 1005, acknowledged, null);

        assertThat(whileDown).as("answers while the broker was down").isNotEmpty().containsOnly(503);
        try (KafkaProbe kafka = new KafkaProbe(broker.bootstrapServers())) {
            Set<String> onTopic = new HashSet<>();
            kafka.readAll(Topics.METRICS, record -> "outage".equals(record.key()))
                    .forEach(record -> onTopic.add(EventJson.read(record.value(), MetricSample.class).name()));
            assertThat(onTopic).containsAll(acknowledged);
            System.out.printf("broker outage: %d batches acknowledged, all on the topic; %d answered 503 while down%n",
                    acknowledged.size(), whileDown.size());
        }
    }

    /** Sends batches {@code from} to {@code to}; records the acknowledged ones and, if asked, every status. */
    private static void send(IngestClient client, int from, int to, Set<String> acknowledged, List<Integer> statuses) {
        for (int n = from; n < to; n++) {
            HttpResponse<String> response = client.post(batch(n));
            if (response.statusCode() == 200) {
                acknowledged.add("batch_" + n);
            }
            if (statuses != null) {
                statuses.add(response.statusCode());
                assertThat(response.statusCode() != 503 || response.headers().firstValue("Retry-After").isPresent())
                        .as("503 with Retry-After").isTrue();
            }
        }
    }

    private static String batch(int n) {
        return IngestClient.batch("outage", List.of("batch_" + n));
    }
}
