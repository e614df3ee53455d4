package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * The checks every service's binding test makes against a real broker, through the service's public surface
 * (its topics and its HTTP port): a consumer binding reads valid records, dead-letters poison with the reason
 * and carries on; a published record is keyed by system, carries the CloudEvents headers and no Java type names.
 */
public final class BindingChecks implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final KafkaProbe probe;
    private final String service;

    public BindingChecks(String bootstrapServers, String service) {
        this.probe = new KafkaProbe(bootstrapServers);
        this.service = service;
    }

    /** Sends a poison record and then {@code valid} to valid's topic; the service on {@code port} must handle both. */
    public void consumesAndDeadLettersPoison(int port, ScaleplanEvent valid) {
        EventType type = EventTypes.of(valid.getClass());
        double before = consumed(port, type.type());
        String poisonKey = "poison-" + UUID.randomUUID();

        probe.send(type.topic(), poisonKey, "{not json".getBytes(StandardCharsets.UTF_8),
                Map.of(CloudEventHeaders.TYPE, type.type()));
        probe.send(valid);

        ConsumerRecord<String, byte[]> dead = probe.await(Topics.deadLetter(type.topic(), service),
                record -> poisonKey.equals(record.key()), PATIENCE);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).hasValueSatisfying(
                reason -> assertThat(reason).contains(type.type() + " is not valid"));
        await().atMost(PATIENCE).until(() -> consumed(port, type.type()) >= before + 1);
    }

    /**
     * Sends two unreadable samples to the metrics topic, one on the same partition after the other: the first names
     * {@code unread}, a metric the service does not read, in its {@value CloudEventHeaders#METRIC_NAME} header; the
     * second names no metric. Only the second is dead-lettered: the first was passed over without being decoded.
     */
    public void passesOverSamplesOfMetricsItDoesNotRead(String unread) {
        String key = "unread-" + UUID.randomUUID();
        String type = EventTypes.of(MetricSample.class).type();
        byte[] unreadable = "{not json".getBytes(StandardCharsets.UTF_8);
        probe.send(Topics.METRICS, key, unreadable, Map.of(CloudEventHeaders.TYPE, type,
                CloudEventHeaders.METRIC_NAME, unread));
        probe.send(Topics.METRICS, key, unreadable, Map.of(CloudEventHeaders.TYPE, type));

        String deadLetters = Topics.deadLetter(Topics.METRICS, service);
        probe.await(deadLetters, record -> key.equals(record.key()), PATIENCE);
        assertThat(probe.readAll(deadLetters, record -> key.equals(record.key()))).singleElement()
                .satisfies(dead -> assertThat(KafkaProbe.header(dead, CloudEventHeaders.METRIC_NAME)).isEmpty());
    }

    /** Publishes {@code event} with {@code publisher} and finds it on its topic exactly as the contract says. */
    public void publishes(Consumer<ScaleplanEvent> publisher, ScaleplanEvent event) {
        EventType type = EventTypes.of(event.getClass());
        publisher.accept(event);

        ConsumerRecord<String, byte[]> record = probe.await(type.topic(),
                r -> KafkaProbe.header(r, CloudEventHeaders.ID).filter(event.eventId().toString()::equals).isPresent(),
                PATIENCE);

        assertThat(record.key()).isEqualTo(event.key());
        assertThat(EventJson.read(record.value(), type.javaType())).isEqualTo(event);
        CloudEventHeaders.of(event, service).forEach((name, value) ->
                assertThat(KafkaProbe.header(record, name)).as(name).contains(value));
        for (Header header : record.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key()).doesNotContain("java.");
        }
    }

    /** The body of a successful GET, as the bootstrap admin, on the service's port. */
    public String get(int port, String path) {
        HttpResponse<String> response = AdminHttp.get(port, path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    /** {@code scaleplan_events_consumed_total} of one type, as the service's Prometheus endpoint reports it. */
    private double consumed(int port, String type) {
        return get(port, "/actuator/prometheus").lines()
                .filter(line -> line.startsWith("scaleplan_events_consumed_total{"))
                .filter(line -> line.contains("type=\"" + type + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Override
    public void close() {
        probe.close();
    }
}
