package org.scaleplan.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.ScaleplanEvent;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a batch of records and returns only when Kafka acknowledged every one (acks=all, idempotent
 * producer), within a bound. {@link EventPublisher} waits record by record; an HTTP intake of thousands of
 * samples sends them all at once and waits for all acknowledgements together.
 */
public class BatchPublisher {

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final String source;

    public BatchPublisher(KafkaTemplate<byte[], byte[]> kafka, String source) {
        this.kafka = kafka;
        this.source = source;
    }

    /**
     * @throws NotAcknowledgedException when any record was not acknowledged within {@code timeout}; some may
     *         have been written, which is why records that may be retried carry deterministic event ids
     */
    public void publishAll(List<? extends ScaleplanEvent> events, Duration timeout) {
        try {
            CompletableFuture<?>[] sends = events.stream().map(this::send).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(sends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledgedException("interrupted", e);
        } catch (ExecutionException e) {
            throw new NotAcknowledgedException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            throw new NotAcknowledgedException("not acknowledged within " + timeout, e);
        }
    }

    private CompletableFuture<?> send(ScaleplanEvent event) {
        EventType type = EventTypes.writableBy(event, source);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(type.topic(),
                event.key().getBytes(StandardCharsets.UTF_8), EventJson.write(event));
        CloudEventHeaders.of(event, source)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return kafka.send(record);
    }

    /** Kafka did not acknowledge every record of a batch. */
    public static class NotAcknowledgedException extends RuntimeException {

        NotAcknowledgedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
