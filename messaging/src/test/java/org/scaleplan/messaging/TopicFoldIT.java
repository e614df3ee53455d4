package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.incident.IncidentAcknowledged;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.KafkaProcess;
import org.springframework.boot.health.contributor.Status;

/**
 * A fold started before its broker keeps trying, says so in its health instead of UP, and its view catches up once
 * the broker is there.
 */
class TopicFoldIT {

    @TempDir
    static Path kafkaData;

    private final KafkaProcess broker = new KafkaProcess(kafkaData);
    private final List<ScaleplanEvent> view = new CopyOnWriteArrayList<>();
    private final TopicFold fold = new TopicFold(Topics.INCIDENT_EVENTS,
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), view::add);

    @AfterEach
    void stop() {
        fold.stop();
        broker.close();
    }

    @Test
    void aFoldStartedBeforeItsBrokerIsNotUpUntilItHasCaughtUpOnceTheBrokerIsThere() {
        assertThat(fold.health().getStatus()).isEqualTo(Status.DOWN);
        fold.start();
        // Longer than the 5 s a metadata request waits: the fold has met a time-out, and is still not UP.
        await().during(Duration.ofSeconds(7)).atMost(Duration.ofSeconds(10))
                .until(() -> view.isEmpty() && fold.health().getStatus().equals(Status.OUT_OF_SERVICE));
        assertThat(fold.health().getDetails()).containsEntry("topic", Topics.INCIDENT_EVENTS)
                .hasEntrySatisfying("reason", reason -> assertThat(reason.toString()).contains("trying again"));

        broker.start();
        IncidentAcknowledged event = new IncidentAcknowledged(UUID.randomUUID(), Instant.now(), "shop",
                "inc-1", "oncall", List.of(UUID.randomUUID()));
        try (KafkaProbe probe = new KafkaProbe(broker.bootstrapServers())) {
            probe.send(event);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(view).containsExactly(event);
            assertThat(fold.health().getStatus()).isEqualTo(Status.UP);
        });
        fold.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> fold.health().getStatus().equals(Status.DOWN));
    }
}
