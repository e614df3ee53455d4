package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

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
}
