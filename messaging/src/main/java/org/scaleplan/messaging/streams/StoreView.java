package org.scaleplan.messaging.streams;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.messaging.TopicFold;

/**
 * Every key's value in a Kafka Streams store of JSON values, on every instance: the fold of the store's changelog
 * topic. Any instance can answer for any key, whichever instance owns its partition, a moment (one commit
 * interval) behind the store.
 */
public class StoreView<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final Class<V> type;

    public StoreView(Class<V> type) {
        this.type = type;
    }

    /**
     * The fold that keeps this view: the changelog of {@code store} of {@code streams}, read_committed since the
     * store writes it in transactions (exactly once), so the view shows only what was committed.
     */
    public TopicFold fold(StreamsService streams, String store, Map<String, Object> kafkaConsumerConfig) {
        Map<String, Object> config = new HashMap<>(kafkaConsumerConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return TopicFold.ofRecords(streams.changelog(store), config, this::apply, () -> { });
    }

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            values.remove(record.key());
        } else {
            values.put(record.key(), EventJson.mapper().readValue(record.value(), type));
        }
    }

    public Optional<V> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
