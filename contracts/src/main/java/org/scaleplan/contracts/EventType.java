package org.scaleplan.contracts;

/**
 * One kind of record on the wire: its CloudEvents {@code ce_type}, its Java record, the topic it is published
 * on, the single service allowed to publish it and a one-line description (published in its JSON Schema).
 */
public record EventType(String type, Class<? extends ScaleplanEvent> javaType, String topic, String producer,
        String description) {

    public EventType {
        Require.text(type, "type");
        Require.present(javaType, "javaType");
        Require.text(topic, "topic");
        Require.text(producer, "producer");
        Require.text(description, "description");
    }
}
