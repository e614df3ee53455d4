package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.incident.RunbookStepFailed;
import org.scaleplan.contracts.phase.PhaseForecast;
import org.scaleplan.contracts.security.PostureChanged;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;

/** Checks of the compact constructors beyond presence, which golden files cannot show. */
class RecordChecksTests {

    private static final UUID ID = UUID.fromString("e9f3b7d5-2c0a-3e81-b4f6-8a1d5c9e3b07");
    private static final Instant NOW = Instant.parse("2026-11-27T10:05:00Z");

    @Test
    void refusesAPhaseAboveFour() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PostureChanged(ID, NOW, "shop-prod", 5, "enterprise", Map.of(), List.of()))
                .withMessage("phase must be between 1 and 4, was 5");
    }

    @Test
    void refusesAForecastOfANextPhaseAboveFour() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PhaseForecast(ID, NOW, "shop-prod", 4, 25_000, 120.0, 5, 100_000L, NOW,
                        List.of()))
                .withMessageContaining("nextPhase");
    }

    @Test
    void refusesAnAttemptBeforeTheFirst() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RunbookStepFailed(ID, NOW, "shop-prod", "inc-1", "high-error-rate", "page", 0,
                        "HTTP 503", true, List.of()))
                .withMessage("attempt must be at least 1, was 0");
    }

    @Test
    void refusesAScopeWithoutTypeOrValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope(null, "203.0.113.7"))
                .withMessage("type is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Scope(ScopeType.ADDRESS, " "))
                .withMessage("value must not be blank");
    }
}
