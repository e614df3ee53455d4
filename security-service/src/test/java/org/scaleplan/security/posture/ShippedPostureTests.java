package org.scaleplan.security.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shipped {@code security/posture.yml}: the seed's four postures, each stricter than the one before. */
class ShippedPostureTests {

    private final PosturePlan plan = PostureFile.load(null);

    @Test
    void loadsTheSeedsFourPosturesInPhaseOrder() {
        assertThat(plan.phases().keySet()).containsExactly(1, 2, 3, 4);
        assertThat(plan.phases().values()).extracting(Posture::name)
                .containsExactly("standard", "advanced", "comprehensive", "enterprise");
    }

    @Test
    void everyPhaseDeclaresEveryControlSortedByName() {
        for (Posture posture : plan.phases().values()) {
            assertThat(posture.controls().keySet()).as("phase %d", posture.phase()).containsExactly(
                    "audit-retention", "kafka-tls-required", "key-max-age", "mfa-required-roles",
                    "rate-limit-per-minute");
        }
    }

    @Test
    void declaresTheseValues() {
        assertThat(plan.of(1).controls()).isEqualTo(controls("365d", "[]", "6000", "false", "30d"));
        assertThat(plan.of(2).controls()).isEqualTo(controls("180d", "[admin]", "3000", "false", "90d"));
        assertThat(plan.of(3).controls()).isEqualTo(controls("120d", "[admin, operator]", "1200", "true", "365d"));
        assertThat(plan.of(4).controls())
                .isEqualTo(controls("90d", "[admin, operator, viewer]", "600", "true", "730d"));
    }

    @Test
    void keysLiveShorterAndAreLimitedHarderAsTheSystemGrows() {
        for (int phase = 2; phase <= 4; phase++) {
            EnforcedControls before = plan.enforced(phase - 1);
            EnforcedControls now = plan.enforced(phase);
            assertThat(now.keyMaxAge()).as("phase %d", phase).isLessThan(before.keyMaxAge());
            assertThat(now.rateLimitPerMinute()).as("phase %d", phase).isLessThan(before.rateLimitPerMinute());
        }
    }

    @Test
    void mfaRolesAndTlsOnceRequiredStayRequired() {
        for (int phase = 2; phase <= 4; phase++) {
            EnforcedControls before = plan.enforced(phase - 1);
            EnforcedControls now = plan.enforced(phase);
            assertThat(now.mfaRequiredRoles()).as("phase %d", phase).containsAll(before.mfaRequiredRoles())
                    .hasSizeGreaterThan(before.mfaRequiredRoles().size());
            assertThat(!before.kafkaTlsRequired() || now.kafkaTlsRequired()).as("TLS dropped in phase %d", phase)
                    .isTrue();
        }
    }

    @Test
    void auditIsKeptLongerAsTheSystemGrows() {
        for (int phase = 2; phase <= 4; phase++) {
            assertThat(ControlText.toDuration(plan.of(phase).controls().get("audit-retention"))).as("phase %d", phase)
                    .isGreaterThan(ControlText.toDuration(plan.of(phase - 1).controls().get("audit-retention")));
        }
    }

    private static Map<String, String> controls(String keyMaxAge, String mfaRoles, String rateLimit, String tls,
            String auditRetention) {
        return Map.of("key-max-age", keyMaxAge, "mfa-required-roles", mfaRoles, "rate-limit-per-minute", rateLimit,
                "kafka-tls-required", tls, "audit-retention", auditRetention);
    }
}
