package org.scaleplan.evaluator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.evaluator.evaluation.Standing;

/**
 * Every system's {@link Standing}, as the evaluator's store holds it, on every instance: the fold of the store's
 * changelog topic. Any instance can answer for any system, whichever instance owns its partition, a moment (one
 * commit interval) behind the store.
 */
class PhaseView {

    private final Map<String, Standing> standings = new ConcurrentHashMap<>();

    void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            standings.remove(record.key());
        } else {
            standings.put(record.key(), EventJson.mapper().readValue(record.value(), Standing.class));
        }
    }

    Optional<Standing> standing(String system) {
        return Optional.ofNullable(standings.get(system));
    }
}
