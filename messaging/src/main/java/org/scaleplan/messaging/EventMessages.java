package org.scaleplan.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.UnreadableEventException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Contract records to and from Spring messages: JSON payload, system as key, CloudEvents headers. */
public final class EventMessages {

    private EventMessages() {
    }

    /** The message for {@code event} as published by service {@code source}; a function bean may return it. */
    public static Message<byte[]> toMessage(ScaleplanEvent event, String source) {
        return MessageBuilder.withPayload(EventJson.write(event))
                .copyHeaders(CloudEventHeaders.of(event, source))
                .setHeader(KafkaHeaders.KEY, event.key().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /**
     * The contract record a message carries, chosen by its {@code ce_type} header.
     *
     * @throws UnreadableEventException for a poison record, which the binder then dead-letters
     */
    public static ScaleplanEvent fromMessage(Message<byte[]> message) {
        String type = typeOf(message)
                .orElseThrow(() -> new UnreadableEventException("record has no " + CloudEventHeaders.TYPE
                        + " header (headers: " + message.getHeaders().keySet() + ")"));
        return EventJson.read(message.getPayload(), type);
    }

    /**
     * The record's {@code ce_type}. Spring Cloud Function hands inbound CloudEvents attributes over with its own
     * canonical {@code ce-} prefix, so both spellings are read; on the wire it is always {@code ce_type}.
     */
    public static Optional<String> typeOf(Message<?> message) {
        return CloudEventHeaders.text(message.getHeaders(), CloudEventHeaders.TYPE)
                .or(() -> CloudEventHeaders.text(message.getHeaders(), "ce-type"));
    }
}
