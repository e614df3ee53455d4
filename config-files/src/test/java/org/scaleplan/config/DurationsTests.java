package org.scaleplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationsTests {

    @Test
    void readsEachUnit() {
        assertThat(Durations.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse(" 5m ")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).contains(Duration.ofHours(1));
        assertThat(Durations.parse("7d")).contains(Duration.ofDays(7));
    }

    @Test
    void refusesAnythingElse() {
        assertThat(Durations.parse("1.5h")).isEmpty();
        assertThat(Durations.parse("PT1H")).isEmpty();
        assertThat(Durations.parse("10 minutes")).isEmpty();
        assertThat(Durations.parse("9999999999s")).isEmpty();
        assertThat(Durations.parse(null)).isEmpty();
    }
}
