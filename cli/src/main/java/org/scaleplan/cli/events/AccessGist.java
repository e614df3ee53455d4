package org.scaleplan.cli.events;

import static org.scaleplan.cli.events.Formats.lower;

import java.util.Optional;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.access.ActionAudited;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;

/**
 * The gists of API-key and audit records. A key's records carry the hash of its secret; a gist names the key by
 * id and name only, so a tail on a shared screen or in a ticket never shows it.
 */
final class AccessGist {

    private AccessGist() {
    }

    static Optional<String> of(ScaleplanEvent event) {
        if (event instanceof ApiKeyIssued issued) {
            return Optional.of(issued(issued));
        } else if (event instanceof ApiKeyRevoked revoked) {
            return Optional.of(String.format("key %s \"%s\" revoked by %s", revoked.keyId(), revoked.name(),
                    revoked.revokedBy()));
        } else if (event instanceof ActionAudited audited) {
            return Optional.of(audited(audited));
        }
        return Optional.empty();
    }

    private static String issued(ApiKeyIssued issued) {
        String systems = issued.systems().isEmpty() ? "all systems" : "systems " + issued.systems();
        String expiry = issued.expiresAt() == null ? "never expires" : "expires " + Formats.seconds(issued.expiresAt());
        return String.format("key %s \"%s\" issued by %s: roles %s, %s, %s", issued.keyId(), issued.name(),
                issued.issuedBy(), issued.roles(), systems, expiry);
    }

    /** {@code alice (key_7e2d) POST /v1/incidents/inc-42/ack on incident-service: 200 succeeded}. */
    private static String audited(ActionAudited audited) {
        String actor = audited.actorKeyId() == null ? "anonymous"
                : audited.actorName() == null ? audited.actorKeyId()
                : audited.actorName() + " (" + audited.actorKeyId() + ")";
        // The action is "METHOD route"; the concrete path says more than the route, so it replaces it.
        int space = audited.action().indexOf(' ');
        String method = space < 0 ? audited.action() : audited.action().substring(0, space);
        return String.format("%s %s %s on %s: %d %s", actor, method, audited.path(), audited.service(),
                audited.status(), lower(audited.outcome()));
    }
}
