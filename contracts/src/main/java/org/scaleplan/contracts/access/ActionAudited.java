package org.scaleplan.contracts.access;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;
import org.scaleplan.contracts.ScaleplanEvent;

/**
 * Somebody attempted an admin or operator action on a Scaleplan API: who, what, when and how it ended. Written
 * on {@code scaleplan.security-events.v1} by the access library that security-service ships into every
 * service, so the action is recorded where it happened; key: the system acted on, else the actor's key id.
 *
 * @param service the service whose API was called
 * @param actorKeyId the caller's key id ({@code bootstrap} for the bootstrap admin key; absent if unauthenticated)
 * @param action method and route, e.g. {@code POST /v1/api-keys}
 * @param path the request path as called
 * @param status the HTTP status answered
 */
public record ActionAudited(UUID eventId, Instant occurredAt, @Nullable String system, String service,
        @Nullable String actorKeyId, @Nullable String actorName, String action, String path, int status,
        Outcome outcome) implements ScaleplanEvent {

    public ActionAudited {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(service, "service");
        Require.text(action, "action");
        Require.text(path, "path");
        Require.present(outcome, "outcome");
    }

    @Override
    public String key() {
        if (system != null) {
            return system;
        }
        return actorKeyId != null ? actorKeyId : "anonymous";
    }
}
