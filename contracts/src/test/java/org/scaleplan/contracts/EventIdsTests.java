package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EventIdsTests {

    private static final Instant WINDOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void givesTheSameFactTheSameIdEveryTime() {
        assertThat(EventIds.of("alert.firing", "shop-prod", "HighErrorRate", WINDOW))
                .isEqualTo(EventIds.of("alert.firing", "shop-prod", "HighErrorRate", WINDOW));
    }

    @Test
    void givesDifferentPartsDifferentIds() {
        assertThat(EventIds.of("alert.firing", "shop-prod", "HighErrorRate", WINDOW))
                .isNotEqualTo(EventIds.of("alert.firing", "shop-prod", "HighErrorRate", WINDOW.plusSeconds(60)))
                .isNotEqualTo(EventIds.of("alert.firing", "shop-test", "HighErrorRate", WINDOW));
    }

    @Test
    void givesTheSamePartsOfDifferentKindsDifferentIds() {
        assertThat(EventIds.of("alert.firing", "shop-prod", WINDOW))
                .isNotEqualTo(EventIds.of("alert.resolved", "shop-prod", WINDOW));
    }

    @Test
    void keepsPartsApartSoShiftedBoundariesGiveDifferentIds() {
        assertThat(EventIds.of("decision", "ab", "c")).isNotEqualTo(EventIds.of("decision", "a", "bc"));
    }

    @Test
    void keepsTheIdsOfOrdinaryPartsAsTheyWere() {
        byte[] name = "scaleplan:decision:ab\u001fc\u001f42".getBytes(StandardCharsets.UTF_8);
        assertThat(EventIds.of("decision", "ab", "c", 42)).isEqualTo(UUID.nameUUIDFromBytes(name));
    }

    @Test
    void givesLabelMapsThatPrintAlikeDifferentIds() {
        // Map.toString would print both as {a=x, b=y}.
        assertThat(EventIds.of("metric-sample", Map.of("a", "x, b=y")))
                .isNotEqualTo(EventIds.of("metric-sample", new TreeMap<>(Map.of("a", "x", "b", "y"))));
    }

    @Test
    void givesAPartHoldingTheSeparatorAnIdOfItsOwn() {
        assertThat(EventIds.of("decision", "a\u001fb")).isNotEqualTo(EventIds.of("decision", "a", "b"));
        assertThat(EventIds.of("decision", "a\\u001fb")).isNotEqualTo(EventIds.of("decision", "a\u001fb"));
    }
}
