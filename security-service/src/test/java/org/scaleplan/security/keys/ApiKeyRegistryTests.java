package org.scaleplan.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.access.ApiKeyIssued;
import org.scaleplan.contracts.access.ApiKeyRevoked;

class ApiKeyRegistryTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private final ApiKeyRegistry registry = new ApiKeyRegistry();

    @Test
    void keepsARevokedKeyListedAsRevoked() {
        registry.apply(issued("key_a"));
        registry.apply(revoked("key_a"));

        assertThat(registry.find("key_a")).hasValueSatisfying(entry -> {
            assertThat(entry.revokedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(entry.roles()).containsExactly("viewer");
            assertThat(entry.active(T0.plusSeconds(61))).isFalse();
        });
    }

    @Test
    void aReplayedIssueDoesNotBringARevokedKeyBack() {
        registry.apply(issued("key_a"));
        registry.apply(revoked("key_a"));
        registry.apply(issued("key_a"));

        assertThat(registry.find("key_a").orElseThrow().revokedAt()).isNotNull();
    }

    @Test
    void knowsAKeyOnlyByItsRevocationAfterCompaction() {
        registry.apply(revoked("key_b"));

        assertThat(registry.all()).singleElement().satisfies(entry -> {
            assertThat(entry.keyId()).isEqualTo("key_b");
            assertThat(entry.active(T0.plusSeconds(61))).isFalse();
        });
    }

    @Test
    void treatsAKeyPastItsExpiryAsInactive() {
        registry.apply(new ApiKeyIssued(UUID.randomUUID(), T0, "key_c", "ci", "hash-c", List.of("ingest"),
                List.of("shop-prod"), T0.plusSeconds(3600), "bootstrap"));

        KeyEntry entry = registry.find("key_c").orElseThrow();
        assertThat(entry.active(T0.plusSeconds(3599))).isTrue();
        assertThat(entry.active(T0.plusSeconds(3600))).isFalse();
    }

    @Test
    void showsScopedKeysOnlyToAdminsCoveringAllTheirSystems() {
        registry.apply(new ApiKeyIssued(UUID.randomUUID(), T0, "key_d", "two", "hash-d", List.of("viewer"),
                List.of("shop-prod", "shop-eu"), null, "bootstrap"));
        KeyEntry entry = registry.find("key_d").orElseThrow();

        assertThat(entry.visibleTo(List.of())).isTrue();                        // unlimited admin
        assertThat(entry.visibleTo(List.of("shop-prod", "shop-eu", "x"))).isTrue();
        assertThat(entry.visibleTo(List.of("shop-prod"))).isFalse();            // covers only one of them
        assertThat(issuedUnlimited().visibleTo(List.of("shop-prod"))).isFalse(); // unlimited key, limited admin
    }

    private KeyEntry issuedUnlimited() {
        registry.apply(new ApiKeyIssued(UUID.randomUUID(), T0, "key_e", "all", "hash-e", List.of("viewer"),
                List.of(), null, "bootstrap"));
        return registry.find("key_e").orElseThrow();
    }

    private static ApiKeyIssued issued(String keyId) {
        return new ApiKeyIssued(UUID.randomUUID(), T0, keyId, "grafana", "hash-" + keyId, List.of("viewer"),
                List.of("shop-prod"), null, "bootstrap");
    }

    private static ApiKeyRevoked revoked(String keyId) {
        return new ApiKeyRevoked(UUID.randomUUID(), T0.plusSeconds(60), keyId, "grafana", "hash-" + keyId, "bootstrap");
    }
}
