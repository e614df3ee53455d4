package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.cli.events.Fixtures.golden;
import static org.scaleplan.cli.events.Fixtures.published;
import static org.scaleplan.cli.events.Fixtures.record;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.EventType;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import tools.jackson.databind.JsonNode;

class LineTests {

    private static final byte[] PHASE_CHANGED = EventJson.write(golden("scaleplan.phase.changed"));

    @Nested
    class Gists {

        @Test
        void printsTimeToTheSecondShortTypeKeyAndGist() {
            assertThat(Line.of(published(7, golden("scaleplan.phase.changed"))))
                    .isEqualTo("2026-11-27T10:05:00Z  phase.changed               shop-prod  "
                            + "phase 1 → 2 (Growth) at 1,234 active users: load balancing, database replication, "
                            + "enhanced monitoring, advanced security");
        }

        @Test
        void alignsTheKeyColumnForEveryTypeButTheLongest() {
            List<String> aligned = EventTypes.ALL.stream().map(EventType::type)
                    .filter(type -> !type.equals("scaleplan.cost.budget-threshold-crossed"))
                    .map(type -> Line.of(published(0, golden(type))))
                    .toList();

            // 20 characters of time, 2 of space, 26 of type, 2 of space: the key starts at column 50.
            assertThat(aligned).hasSize(EventTypes.ALL.size() - 1)
                    .allSatisfy(line -> assertThat(line.substring(48, 51)).as(line).matches("  \\S"));
        }

        @Test
        void keysAnApiKeyRecordByItsKeyId() {
            assertThat(Line.of(published(0, golden("scaleplan.api-key.revoked"))))
                    .startsWith("2026-11-27T15:40:02Z  api-key.revoked             key_4f9c2a7d1e83b605  key ");
        }

        @Test
        void namesWhereARecordWithoutTypeHeaderSits() {
            assertThat(Line.of(record(Topics.PHASE_CHANGES, 42, "shop-prod", PHASE_CHANGED, Map.of())))
                    .isEqualTo("? scaleplan.phase-changes.v1-0@42 unreadable: no ce_type header");
        }

        @Test
        void namesAnUnknownType() {
            assertThat(Line.of(record(Topics.ALERTS, 3, "shop-prod", PHASE_CHANGED,
                    Map.of(CloudEventHeaders.TYPE, "scaleplan.alert.silenced"))))
                    .isEqualTo("? scaleplan.alerts.v1-0@3 unreadable: unknown ce_type 'scaleplan.alert.silenced'");
        }

        @Test
        void namesAValueThatIsNotTheRecordItsTypeSays() {
            assertThat(Line.of(record(Topics.ALERTS, 4, "shop-prod", "{\"system\": \"shop-prod\"".getBytes(
                    StandardCharsets.UTF_8), Map.of(CloudEventHeaders.TYPE, "scaleplan.alert.firing"))))
                    .startsWith("? scaleplan.alerts.v1-0@4 unreadable: scaleplan.alert.firing is not valid: ")
                    .doesNotContain("\n");
        }

        @Test
        void namesATombstone() {
            assertThat(Line.of(record(Topics.BUDGETS, 9, "shop-prod", null,
                    Map.of(CloudEventHeaders.TYPE, "scaleplan.cost.budget-set"))))
                    .isEqualTo("? scaleplan.budgets.v1-0@9 unreadable: no value (a tombstone)");
        }
    }

    @Nested
    class Json {

        @Test
        void wrapsTheValueAsPublishedWithWhereItSitsAndItsType() {
            JsonNode line = EventJson.mapper().readTree(Line.json(published(7, golden("scaleplan.phase.changed"))));

            assertThat(line.get("topic").asString()).isEqualTo(Topics.PHASE_CHANGES);
            assertThat(line.get("offset").asLong()).isEqualTo(7);
            assertThat(line.get("key").asString()).isEqualTo("shop-prod");
            assertThat(line.get("type").asString()).isEqualTo("scaleplan.phase.changed");
            assertThat(line.get("event")).isEqualTo(EventJson.mapper().readTree(PHASE_CHANGED));
        }

        @Test
        void keepsFieldsAddedByANewerProducer() {
            String newer = new String(PHASE_CHANGED, StandardCharsets.UTF_8).replaceFirst("\\{", "{\"region\":\"eu\",");

            String line = Line.json(record(Topics.PHASE_CHANGES, 1, "shop-prod",
                    newer.getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.TYPE, "scaleplan.phase.changed")));

            assertThat(EventJson.mapper().readTree(line).at("/event/region").asString()).isEqualTo("eu");
        }

        @Test
        void staysOneJsonObjectForAnUnreadableRecord() {
            String line = Line.json(record(Topics.ALERTS, 5, "shop-prod", PHASE_CHANGED, Map.of()));

            assertThat(line).doesNotContain("\n");
            assertThat(EventJson.mapper().readTree(line).get("unreadable").asString())
                    .isEqualTo("no ce_type header");
        }
    }
}
