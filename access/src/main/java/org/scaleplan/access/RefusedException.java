package org.scaleplan.access;

/**
 * A request refused after the access filter let it in, e.g. by a decision about the system it acts on; answered
 * as problem+json with the denial's status, detail and headers, whichever service throws it.
 */
public class RefusedException extends RuntimeException {

    private final transient Denial denial;

    RefusedException(Denial denial) {
        super(denial.detail());
        this.denial = denial;
    }

    Denial denial() {
        return denial;
    }
}
