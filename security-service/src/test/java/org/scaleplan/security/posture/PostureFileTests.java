package org.scaleplan.security.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scaleplan.config.InvalidConfigException;

class PostureFileTests {

    /** A valid file of 37 lines; phase 2 is lines 10 to 17, its controls lines 13 to 17. */
    private static final String VALID = "phases:\n"
            + phase(1, "standard", "365d", "[]", "6000", "false", "30d")
            + phase(2, "advanced", "180d", "[admin]", "3000", "false", "90d")
            + phase(3, "comprehensive", "120d", "[admin, operator]", "1200", "true", "365d")
            + phase(4, "enterprise", "90d", "[admin, operator, viewer]", "600", "true", "730d");

    @Test
    void readsAValidFile() {
        assertThat(PostureFile.parse("posture.yml", VALID)).isEqualTo(PostureFile.load(null));
    }

    @Test
    void writesEachValueInOneCanonicalForm() {
        PosturePlan plan = PostureFile.parse("posture.yml", VALID.replace("key-max-age: 180d", "key-max-age: 2160h")
                .replace("[admin, operator]", "[Operator, admin]"));

        assertThat(plan.of(2).controls()).containsEntry("key-max-age", "90d");
        assertThat(plan.of(3).controls()).containsEntry("mfa-required-roles", "[admin, operator]");
    }

    @Test
    void loadsAFileByPath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("posture.yml"), VALID.replace("rate-limit-per-minute: 600\n",
                "rate-limit-per-minute: 300\n"));

        assertThat(PostureFile.load(file).enforced(4).rateLimitPerMinute()).isEqualTo(300);
        assertThat(problems(() -> PostureFile.load(dir.resolve("absent.yml"))))
                .containsExactly(dir.resolve("absent.yml") + ":0: file: cannot be read");
    }

    @Nested
    class Problems {

        @Test
        void unknownControlNamesTheKnownOnes() {
            assertThat(problems(VALID.replace("audit-retention: 90d", "audit-retension: 90d"))).containsExactly(
                    "posture.yml:13: audit-retention: is required",
                    "posture.yml:17: audit-retension: unknown key (expected one of [audit-retention,"
                            + " kafka-tls-required, key-max-age, mfa-required-roles, rate-limit-per-minute])");
        }

        @Test
        void badDurations() {
            assertThat(problems(VALID.replace("key-max-age: 180d", "key-max-age: 6 months")
                    .replace("audit-retention: 90d", "audit-retention: 0d"))).containsExactly(
                    "posture.yml:13: phases.2.controls.key-max-age: must be a duration like 30s, 5m, 1h",
                    "posture.yml:17: phases.2.controls.audit-retention: must be longer than 0");
        }

        @Test
        void missingPhase() {
            assertThat(problems(VALID.substring(0, VALID.indexOf("  4:\n")))).containsExactly(
                    "posture.yml:2: phases.4: is required: a system may reach every phase");
        }

        @Test
        void valuesOfTheWrongType() {
            assertThat(problems(VALID.replace("rate-limit-per-minute: 3000", "rate-limit-per-minute: 3k")
                    .replace("kafka-tls-required: false\n      audit-retention: 90d",
                            "kafka-tls-required: yes\n      audit-retention: 90d")
                    .replace("[admin]", "admin"))).containsExactly(
                    "posture.yml:14: phases.2.controls.mfa-required-roles: must be a list",
                    "posture.yml:15: phases.2.controls.rate-limit-per-minute: must be a whole number from 1 to"
                            + " 999999999, was 3k",
                    "posture.yml:16: phases.2.controls.kafka-tls-required: must be true or false, was yes");
        }

        @Test
        void unknownAndRepeatedRoles() {
            assertThat(problems(VALID.replace("[admin]", "[admin, root, admin]"))).containsExactly(
                    "posture.yml:14: phases.2.controls.mfa-required-roles: unknown role 'root'; roles are ingest,"
                            + " viewer, operator, admin",
                    "posture.yml:14: phases.2.controls.mfa-required-roles: admin appears twice");
        }

        @Test
        void unknownPostureAndMissingControls() {
            assertThat(problems(VALID.replace("posture: advanced", "posture: advance")
                    .replace("  3:\n    posture: comprehensive\n    controls:\n", "  3:\n    posture: comprehensive\n"
                            + "    rules:\n"))).containsExactly(
                    "posture.yml:11: phases.2.posture: must be one of [standard, advanced, comprehensive,"
                            + " enterprise], was advance",
                    "posture.yml:19: controls: is required",
                    "posture.yml:20: rules: unknown key (expected one of [controls, posture])");
        }

        @Test
        void anEmptyFileHasNoPhases() {
            assertThat(problems("# nothing yet\n")).containsExactly("posture.yml:1: phases: is required");
        }
    }

    private static List<String> problems(String text) {
        return problems(() -> PostureFile.parse("posture.yml", text));
    }

    private static List<String> problems(Runnable load) {
        InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class, load::run);
        assertThat(e).as("the file is refused").isNotNull();
        return e.problems();
    }

    private static String phase(int phase, String posture, String keyMaxAge, String mfaRoles, String rateLimit,
            String tls, String auditRetention) {
        return "  " + phase + ":\n"
                + "    posture: " + posture + "\n"
                + "    controls:\n"
                + "      key-max-age: " + keyMaxAge + "\n"
                + "      mfa-required-roles: " + mfaRoles + "\n"
                + "      rate-limit-per-minute: " + rateLimit + "\n"
                + "      kafka-tls-required: " + tls + "\n"
                + "      audit-retention: " + auditRetention + "\n";
    }
}
