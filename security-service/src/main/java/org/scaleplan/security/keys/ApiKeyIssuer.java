package org.scaleplan.security.keys;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.ApiKeySecrets;
import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.access.NotFoundException;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.security.posture.Postures;

/**
 * Issues and revokes API keys. The fact goes to Kafka first (acknowledged), then to the registry and Redis, so a
 * key that was answered to its creator is never lost, and works at once on every service.
 */
class ApiKeyIssuer {

    private final SecureRandom random = new SecureRandom();
    private final EventPublisher publisher;
    private final KeyStoreSync sync;
    private final ApiKeyRegistry registry;
    private final Postures postures;
    private final Clock clock;

    ApiKeyIssuer(EventPublisher publisher, KeyStoreSync sync, ApiKeyRegistry registry, Postures postures,
            Clock clock) {
        this.publisher = publisher;
        this.sync = sync;
        this.registry = registry;
        this.postures = postures;
        this.clock = clock;
    }

    KeyView issue(NewApiKey request, Caller caller) {
        Instant now = clock.instant();
        List<FieldProblem> problems = request.problems(caller, now);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String secret = ApiKeySecrets.generate();
        ApiKeyIssued issued = new ApiKeyIssued(UUID.randomUUID(), now, newKeyId(), request.name().strip(),
                ApiKeySecrets.hash(secret), request.roleNames(), request.systems(), expiry(request, now),
                caller.keyId());
        publisher.publish(issued);
        sync.apply(issued);
        return KeyView.of(registry.find(issued.keyId()).orElseThrow(), now).withSecret(secret);
    }

    /**
     * The key's expiry within the posture of its systems (key-max-age): a key asked without one gets the longest
     * allowed; one asked for longer is refused, naming the limit.
     */
    private @Nullable Instant expiry(NewApiKey request, Instant now) {
        Optional<Duration> maxAge = postures.keyMaxAge(request.systems());
        if (maxAge.isEmpty()) {
            return request.expiresAt();
        }
        Instant latest = now.plus(maxAge.get());
        if (request.expiresAt() != null && request.expiresAt().isAfter(latest)) {
            throw new InvalidRequestException(List.of(new FieldProblem("expiresAt", "the security posture of the"
                    + " key's systems allows keys of at most " + maxAge.get().toDays() + " days: " + latest
                    + " at the latest")));
        }
        return request.expiresAt() != null ? request.expiresAt() : latest;
    }

    void revoke(String keyId, Caller caller) {
        KeyEntry entry = visible(keyId, caller);
        if (entry.revokedAt() != null) {
            return;
        }
        ApiKeyRevoked revoked = new ApiKeyRevoked(UUID.randomUUID(), clock.instant(), keyId, entry.name(),
                entry.secretHash(), caller.keyId());
        publisher.publish(revoked);
        sync.apply(revoked);
    }

    List<KeyView> list(Caller caller) {
        Instant now = clock.instant();
        return registry.all().stream()
                .filter(entry -> entry.visibleTo(caller.systems()))
                .map(entry -> KeyView.of(entry, now))
                .toList();
    }

    private KeyEntry visible(String keyId, Caller caller) {
        return registry.find(keyId)
                .filter(entry -> entry.visibleTo(caller.systems()))
                .orElseThrow(() -> new NotFoundException("no API key " + keyId));
    }

    private String newKeyId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "key_" + HexFormat.of().formatHex(bytes);
    }
}
