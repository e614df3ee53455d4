package org.scaleplan.messaging.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArrivalClockTests {

    @Test
    void tellsTheNewestArrivalOfTheSeriesRecordsItWasShownAndNothingBefore() {
        ArrivalClock clock = new ArrivalClock();
        assertThat(clock.now()).isEmpty();

        clock.arrived(2_000);

        assertThat(clock.arrived(1_000)).isEqualTo(Instant.ofEpochMilli(2_000));
        assertThat(clock.now()).contains(Instant.ofEpochMilli(2_000));
    }
}
