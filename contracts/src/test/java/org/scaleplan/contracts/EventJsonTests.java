package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scaleplan.contracts.alert.AlertFiring;
import org.scaleplan.contracts.phase.PhaseForecast;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTests {

    private static final EventType ALERT_FIRING = EventTypes.of(AlertFiring.class);

    @Test
    void refusesAnUnknownCeTypeNamingIt() {
        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(Fixtures.golden(ALERT_FIRING), "scaleplan.alert.exploded"))
                .withMessageContaining("scaleplan.alert.exploded");
    }

    @Test
    void refusesARecordMissingARequiredFieldNamingTheField() {
        byte[] json = without(Fixtures.golden(ALERT_FIRING), "fingerprint");

        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(json, ALERT_FIRING.type()))
                .withMessageContaining("fingerprint is required");
    }

    /** Whatever the published schema calls required, a reader refuses to do without, primitives included. */
    @ParameterizedTest
    @MethodSource("org.scaleplan.contracts.Fixtures#eventTypes")
    void refusesEveryRecordMissingAnyRequiredFieldNamingTheField(EventType type) {
        for (JsonNode required : EventSchemas.of(type).get("required")) {
            String field = required.asString();
            byte[] json = without(Fixtures.golden(type), field);

            assertThatExceptionOfType(UnreadableEventException.class)
                    .isThrownBy(() -> EventJson.read(json, type.type()))
                    .withMessageMatching("(?s).* is not valid: .*\\b" + field + "\\b.*");
        }
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        ObjectNode json = (ObjectNode) Fixtures.tree(Fixtures.golden(ALERT_FIRING));
        json.put("addedInALaterVersion", "some value").putObject("nested").put("deeper", 1);

        assertThat(EventJson.read(EventJson.mapper().writeValueAsBytes(json), ALERT_FIRING.type()))
                .isEqualTo(EventJson.read(Fixtures.golden(ALERT_FIRING), ALERT_FIRING.type()));
    }

    @Test
    void readsAbsentListsAndMapsAsEmpty() {
        byte[] json = without(without(Fixtures.golden(ALERT_FIRING), "labels"), "causedBy");

        AlertFiring alert = (AlertFiring) EventJson.read(json, ALERT_FIRING.type());

        assertThat(alert.labels()).isEmpty();
        assertThat(alert.causedBy()).isEmpty();
    }

    @Test
    void omitsAbsentOptionalFieldsRatherThanWritingNull() {
        PhaseForecast flat = new PhaseForecast(UUID.randomUUID(), Instant.parse("2026-11-27T10:05:00Z"), "shop-prod", 4,
                25_000, 0.0, null, null, null, List.of());

        assertThat(Fixtures.tree(EventJson.write(flat)).propertyNames())
                .doesNotContain("nextPhase", "nextThreshold", "expectedAt");
    }

    @Test
    void writesMapEntriesInKeyOrderSoTheSameRecordGivesTheSameBytes() {
        Map<String, String> labels = IntStream.rangeClosed(1, 12).boxed()
                .collect(Collectors.toMap(i -> "label" + (char) ('a' + i), i -> "v" + i));
        AlertFiring alert = new AlertFiring(UUID.randomUUID(), Instant.parse("2026-11-27T10:12:00Z"), "shop-prod",
                "a3c9f0d21e7b4856", "HighErrorRate", "critical", labels, Map.of(), 0.08, 0.05,
                Instant.parse("2026-11-27T10:10:00Z"), List.of());

        assertThat(List.copyOf(Fixtures.tree(EventJson.write(alert)).get("labels").propertyNames())).isSorted();
    }

    private static byte[] without(byte[] json, String field) {
        ObjectNode tree = (ObjectNode) Fixtures.tree(json);
        tree.remove(field);
        return EventJson.mapper().writeValueAsBytes(tree);
    }
}
