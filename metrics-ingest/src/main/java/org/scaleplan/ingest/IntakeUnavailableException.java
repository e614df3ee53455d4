package org.scaleplan.ingest;

/** Kafka did not take the samples (down, slow, or the circuit is open): answered 503 with Retry-After. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
