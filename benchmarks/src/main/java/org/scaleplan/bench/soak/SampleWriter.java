package org.scaleplan.bench.soak;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.metrics.MetricSample;

/**
 * Writes samples to {@code scaleplan.metrics.v1} exactly as metrics-ingest would have at each simulated moment: the
 * sample's JSON with CloudEvents headers from {@code metrics-ingest}, key = system, and the record stamped with the
 * sample's arrival ({@code receivedAt}), with ingest's producer settings. (Ingest itself stamps the wall clock and
 * refuses samples older than a day, so time travel must bypass it.)
 */
final class SampleWriter implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private long written;

    SampleWriter(String bootstrapServers) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer());
    }

    void write(MetricSample sample) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.METRICS, null,
                sample.receivedAt().toEpochMilli(), sample.system(), EventJson.write(sample));
        CloudEventHeaders.of(sample, EventTypes.METRICS_INGEST)
                .forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
        written++;
    }

    /** Waits until the broker has every sample written so far; fails if it refused any. */
    void flush() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("the broker refused a sample: " + failure.get(), failure.get());
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
