package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.scaleplan.access.ratelimit.RateDecision;

class DenialTests {

    @Test
    void namesTheRoleNeededAndTheRolesHeld() {
        assertThat(Denial.missingRole(Role.OPERATOR, Set.of(Role.VIEWER)).detail())
                .isEqualTo("this endpoint needs the operator role; the key has viewer");
        assertThat(Denial.missingRole(Role.ADMIN, Set.of(Role.VIEWER, Role.INGEST)).detail())
                .isEqualTo("this endpoint needs the admin role; the key has ingest, viewer");
    }

    @Test
    void statesTheLimitAndWhenToRetry() {
        Denial denial = Denial.rateLimited("write", new RateLimit(10, 20),
                new RateDecision(false, 20, 0, Duration.ofMillis(1_500), Duration.ofSeconds(2)));
        assertThat(denial.detail())
                .isEqualTo("too many write requests with this key: the limit is 10 per second with bursts of 20;"
                        + " retry in 2 s");
        assertThat(denial.headers()).containsEntry("Retry-After", "2").containsEntry("X-RateLimit-Limit", "20");
    }

    @Test
    void challengesForABearerTokenOnEveryUnauthenticatedAnswer() {
        assertThat(Set.of(Denial.missingKey(), Denial.malformedAuthorization(), Denial.notAKey(), Denial.unknownKey()))
                .allSatisfy(denial -> assertThat(denial.headers().get("WWW-Authenticate"))
                        .startsWith("Bearer realm=\"scaleplan\""));
    }

    @Test
    void asksToRetryWhenTheStoreIsUnreachable() {
        assertThat(Denial.authenticationUnavailable().headers()).containsEntry("Retry-After", "5");
        assertThat(Denial.rateLimitUnavailable().status().value()).isEqualTo(503);
    }
}
