package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scaleplan.cli.events.Fixtures.golden;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.testsupport.Infrastructure;

/** The tail on a real broker, with the consumer settings {@code events} uses. */
class EventsIT {

    private static final String BOOTSTRAP = Infrastructure.kafkaBootstrapServers();

    private final String topic = "scaleplan.it-" + UUID.randomUUID() + ".v1";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
    private Tail tail;
    private CompletableFuture<Void> running;

    @AfterEach
    void stopTail() throws Exception {
        admin.close();
        if (tail != null) {
            tail.stop();
            running.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void printsCommittedRecordsAndUnreadableOnesButNotAbortedOnes() throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        start("--from-beginning");
        ScaleplanEvent aborted = golden("scaleplan.alert.firing");
        ScaleplanEvent committed = golden("scaleplan.phase.changed");

        try (KafkaProducer<String, byte[]> producer = transactionalProducer()) {
            producer.initTransactions();
            publish(producer, record(aborted), false);
            publish(producer, record(committed), true);
            publish(producer, new ProducerRecord<>(topic, "shop-prod", "not json".getBytes(StandardCharsets.UTF_8)),
                    true);
        }

        // All three share a key, so a partition: the aborted record would be printed first.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(printed()).hasSize(2));
        assertThat(printed().get(0)).isEqualTo(Line.of(Fixtures.published(0, committed)));
        assertThat(printed().get(1))
                .matches("\\? " + Pattern.quote(topic) + "-\\d@\\d+ unreadable: no ce_type header");
    }

    @Test
    void waitsForATopicWithoutCreatingItAndReadsItFromItsBeginning() throws Exception {
        start();
        await().atMost(Duration.ofSeconds(30)).until(() -> err.toString(StandardCharsets.UTF_8).contains(topic));
        assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).doesNotContain(topic);

        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        try (KafkaProducer<String, byte[]> producer = transactionalProducer()) {
            producer.initTransactions();
            publish(producer, record(golden("scaleplan.incident.opened")), true);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(printed())
                .containsExactly(Line.of(Fixtures.published(0, golden("scaleplan.incident.opened")))));
    }

    private void start(String... options) {
        List<String> args = new ArrayList<>(List.of(topic, "--bootstrap-servers=" + BOOTSTRAP));
        args.addAll(List.of(options));
        EventsOptions parsed = EventsOptions.parse(args);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Events.properties(parsed),
                new StringDeserializer(), new ByteArrayDeserializer());
        tail = new Tail(consumer, parsed, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Duration.ofMillis(200));
        running = CompletableFuture.runAsync(() -> {
            try {
                tail.run();
            } finally {
                consumer.close();
            }
        });
    }

    private KafkaProducer<String, byte[]> transactionalProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "events-it-" + UUID.randomUUID()), new StringSerializer(),
                new ByteArraySerializer());
    }

    /** {@code event} as its producer publishes it, but on this test's topic. */
    private ProducerRecord<String, byte[]> record(ScaleplanEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), EventJson.write(event));
        CloudEventHeaders.of(event, "events-it")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** {@code record} in a transaction of its own, committed or aborted. */
    private static void publish(KafkaProducer<String, byte[]> producer, ProducerRecord<String, byte[]> record,
            boolean commit) throws Exception {
        producer.beginTransaction();
        producer.send(record).get(10, TimeUnit.SECONDS);
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
