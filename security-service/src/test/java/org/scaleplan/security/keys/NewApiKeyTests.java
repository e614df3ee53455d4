package org.scaleplan.security.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Caller;
import org.scaleplan.access.Role;
import org.scaleplan.access.FieldProblem;

class NewApiKeyTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Caller ADMIN = new Caller("bootstrap", "bootstrap admin", Set.of(Role.ADMIN), Set.of());
    private static final Caller SHOP_ADMIN = new Caller("key_s", "shop admin", Set.of(Role.ADMIN), Set.of("shop-prod"));

    @Test
    void acceptsAWellFormedRequest() {
        NewApiKey request = new NewApiKey("prometheus", List.of("ingest", "viewer"), List.of("shop-prod"),
                NOW.plusSeconds(86400));

        assertThat(request.problems(ADMIN, NOW)).isEmpty();
        assertThat(request.roleNames()).containsExactly("ingest", "viewer");
    }

    @Test
    void namesEveryBadField() {
        NewApiKey request = new NewApiKey(" ", List.of("viewer", "root"), List.of("shop prod"), NOW.minusSeconds(1));

        assertThat(request.problems(ADMIN, NOW)).extracting(FieldProblem::field)
                .containsExactly("name", "roles[1]", "systems[0]", "expiresAt");
    }

    @Test
    void requiresAtLeastOneRole() {
        assertThat(new NewApiKey("x", List.of(), List.of(), null).problems(ADMIN, NOW))
                .extracting(FieldProblem::field).containsExactly("roles");
    }

    @Test
    void keepsAScopedAdminWithinItsOwnSystems() {
        assertThat(new NewApiKey("x", List.of("viewer"), List.of("shop-eu"), null).problems(SHOP_ADMIN, NOW))
                .extracting(FieldProblem::field).containsExactly("systems[0]");
        assertThat(new NewApiKey("x", List.of("viewer"), List.of(), null).problems(SHOP_ADMIN, NOW))
                .extracting(FieldProblem::field).containsExactly("systems");
        assertThat(new NewApiKey("x", List.of("viewer"), List.of("shop-prod"), null).problems(SHOP_ADMIN, NOW))
                .isEmpty();
    }
}
