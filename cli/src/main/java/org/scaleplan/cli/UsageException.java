package org.scaleplan.cli;

/** The command line asked for something the tool does not understand; the user sees the message and the usage. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
