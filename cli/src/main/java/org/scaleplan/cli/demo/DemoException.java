package org.scaleplan.cli.demo;

/** The demo cannot go on: a service refused or is not there. The message says which and why. */
final class DemoException extends RuntimeException {

    DemoException(String message) {
        super(message);
    }
}
