package org.scaleplan.incident.outbound;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.Require;

/**
 * One outbound call of a runbook step.
 *
 * @param headers sent as given, except {@code Idempotency-Key} and {@code User-Agent}, which {@link OutboundHttp}
 * always sets; their values may hold credentials
 * @param body sent as UTF-8 ({@code application/json} unless {@code headers} name a {@code Content-Type}); null: none
 * @param idempotencyKey {@code <incidentId>:<stepId>}, the same on every attempt of the step
 * @param timeout the bound on the whole exchange, from connecting to the end of the response
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, @Nullable String body,
        String idempotencyKey, Duration timeout) {

    public OutboundRequest {
        method = Require.text(method, "method").toUpperCase(Locale.ROOT);
        Require.present(uri, "uri");
        headers = Require.map(headers);
        Require.text(idempotencyKey, "idempotency-key");
        if (Require.present(timeout, "timeout").isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /**
     * Names the target by scheme, host and port, and the headers by name: header values may be credentials, and so
     * may a path (a Slack webhook's is its token).
     */
    @Override
    public String toString() {
        String target = uri.getScheme() + "://" + uri.getHost() + ":" + AllowedHosts.port(uri);
        return "OutboundRequest[" + method + " " + target + ", headers " + headers.keySet() + ", idempotency key "
                + idempotencyKey + ", timeout " + timeout + "]";
    }
}
