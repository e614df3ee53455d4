package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class BoundsTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Bounds bounds = new Bounds(meters);

    @Test
    void countsEveryTimeABoundIsReachedByBound() {
        bounds.reached("scaleplan.test.max-series", 10, "the new series was not kept");
        bounds.reached("scaleplan.test.max-series", 10, "the new series was not kept");
        bounds.reached("scaleplan.test.max-keys", 5, "the oldest key was dropped");

        assertThat(meters.counter("scaleplan.bound.reached", "bound", "scaleplan.test.max-series").count()).isEqualTo(2);
        assertThat(meters.counter("scaleplan.bound.reached", "bound", "scaleplan.test.max-keys").count()).isEqualTo(1);
    }
}
