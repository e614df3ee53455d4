package org.scaleplan.access;

/**
 * Thrown by a controller when a system (or anything in one) does not exist. The answer is the same 404 problem,
 * byte for byte, that a key gets for a system outside its scope, so a caller cannot tell "no such system" from
 * "not yours" and learns nothing about other tenants.
 */
public class NotFoundException extends RuntimeException {

    /** @param what for the service's own logs; never shown to the caller */
    public NotFoundException(String what) {
        super(what);
    }
}
