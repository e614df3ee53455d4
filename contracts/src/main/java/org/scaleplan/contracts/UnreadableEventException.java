package org.scaleplan.contracts;

/** A record that cannot be turned into a contract record: a poison record, to be dead-lettered, not retried. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message) {
        super(message);
    }

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
