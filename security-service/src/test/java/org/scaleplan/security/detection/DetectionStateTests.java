package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;

class DetectionStateTests {

    @Test
    void isWrittenAsPlainJsonWithOnlyItsPart() {
        DetectionState state = DetectionState.of(new DetectionState.Bucket(2.5, 4, Fixtures.T0,
                Fixtures.T0.plusSeconds(30), 1, List.of("00000000-0000-0000-0000-000000000001"),
                Fixtures.T0.plusSeconds(31)));

        assertThat(EventJson.mapper().writeValueAsString(state)).isEqualTo("{\"bucket\":{"
                + "\"level\":2.5,\"poured\":4.0,\"firstPour\":\"2026-01-05T09:00:00Z\","
                + "\"lastPour\":\"2026-01-05T09:00:30Z\",\"remembered\":1,"
                + "\"causedBy\":[\"00000000-0000-0000-0000-000000000001\"],"
                + "\"lastArrival\":\"2026-01-05T09:00:31Z\"}}");
    }

    @Test
    void readsTheStateThePreviousVersionKeptAsArrivedAtItsLatestTime() {
        DetectionState series = EventJson.mapper().readValue(
                "{\"series\":{\"value\":3.0,\"at\":\"2026-01-05T09:00:00Z\"}}", DetectionState.class);
        DetectionState bucket = EventJson.mapper().readValue("{\"bucket\":{\"level\":1.0,\"poured\":1.0,"
                + "\"firstPour\":\"2026-01-05T09:00:00Z\",\"lastPour\":\"2026-01-05T09:00:30Z\","
                + "\"distinct\":[\"alice\"],\"causedBy\":[]}}", DetectionState.class);
        DetectionState surge = EventJson.mapper().readValue("{\"surge\":{\"windowStart\":\"2026-01-05T09:01:00Z\","
                + "\"total\":4.0,\"reported\":false,\"since\":\"2026-01-05T09:00:00Z\"}}", DetectionState.class);

        assertThat(series.series().lastArrival()).isEqualTo(Fixtures.T0);
        assertThat(bucket.bucket().lastArrival()).isEqualTo(Fixtures.T0.plusSeconds(30));
        assertThat(bucket.bucket().remembered()).isZero();
        assertThat(surge.surge().lastArrival()).isEqualTo(Fixtures.T0.plusSeconds(60));
    }

    @Test
    void isExactlyOneOfABucketASeriesASurgeOrACountedValue() {
        DetectionState.Series series = new DetectionState.Series(1, Fixtures.T0, Fixtures.T0);
        DetectionState.Surge surge = new DetectionState.Surge(Fixtures.T0, 0, false, null, Fixtures.T0, Fixtures.T0);

        assertThatIllegalArgumentException().isThrownBy(() -> new DetectionState(null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DetectionState(null, series, surge, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DetectionState(null, series, null, Fixtures.T0));
    }
}
