package org.scaleplan.incident.outbound;

/**
 * A step's target that {@code scaleplan.incident.http.allowed-hosts} does not allow. Nothing was sent; a
 * configuration error, never worth retrying.
 */
public final class HostNotAllowedException extends RuntimeException {

    HostNotAllowedException(String host, String reason) {
        super("Host " + host + " is refused: " + reason + " (see " + AllowedHosts.SETTING + ")");
    }
}
