package org.scaleplan.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.testsupport.KafkaProbe;

/** One system's events as a subscriber reads them from the stack's topics (read_committed, from the beginning). */
final class EventLog implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final KafkaProbe probe;

    EventLog(String bootstrapServers) {
        this.probe = new KafkaProbe(bootstrapServers);
    }

    KafkaProbe probe() {
        return probe;
    }

    /** The first event of {@code type} about {@code system} that matches, waiting up to {@link #PATIENCE}. */
    <T extends ScaleplanEvent> T await(String system, Class<T> type, Predicate<T> match) {
        return Awaitility.await().atMost(PATIENCE).until(() -> of(system, type).stream().filter(match).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    /** Every event of {@code type} about {@code system} on its topic now, in order. */
    <T extends ScaleplanEvent> List<T> of(String system, Class<T> type) {
        return records(system, EventTypes.of(type).topic()).stream()
                .map(r -> EventJson.read(r.value(), KafkaProbe.header(r, CloudEventHeaders.TYPE).orElseThrow()))
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Every record keyed {@code system} on {@code topic} now. */
    List<ConsumerRecord<String, byte[]>> records(String system, String topic) {
        return probe.readAll(topic, r -> system.equals(r.key()));
    }

    @Override
    public void close() {
        probe.close();
    }
}
