package org.scaleplan.incident.engine;

/** The inbox could not take an entry (Kafka did not acknowledge it): nothing was accepted, the caller may retry. */
public class InboxUnavailableException extends RuntimeException {

    public InboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
