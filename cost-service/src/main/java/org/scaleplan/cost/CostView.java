package org.scaleplan.cost;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.cost.evaluation.SystemCosts;

/**
 * Every system's {@link SystemCosts}, as the cost store holds it, on every instance: the fold of the store's
 * changelog topic, a moment (one commit interval) behind the store.
 */
class CostView {

    private final Map<String, SystemCosts> costs = new ConcurrentHashMap<>();

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            costs.remove(record.key());
        } else {
            costs.put(record.key(), EventJson.mapper().readValue(record.value(), SystemCosts.class));
        }
    }

    Optional<SystemCosts> costs(String system) {
        return Optional.ofNullable(costs.get(system));
    }
}
