package org.scaleplan.messaging;

/** Kafka did not acknowledge a record in time; the caller should answer 503 and have the client retry. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
