package org.scaleplan.contracts;

/**
 * A fact about one system, keyed by {@link #system()} on the wire, so all facts about one system sit in one
 * partition of each topic, in order.
 */
public interface SystemEvent extends ScaleplanEvent {

    /** The system the fact is about; also the Kafka record key. */
    String system();

    @Override
    default String key() {
        return system();
    }
}
