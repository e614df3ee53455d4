package org.scaleplan.security.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.security.detection.Fixtures.SYSTEM;
import static org.scaleplan.security.detection.Fixtures.at;
import static org.scaleplan.security.detection.Fixtures.counter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.detection.CounterSeries.Increase;
import org.scaleplan.security.detection.Fixtures.JsonStore;

/** What a counter sample pours: its increase since the series' previous sample, as Prometheus computes it. */
class CounterSeriesTests {

    private static final Map<String, String> LABELS = Map.of("client_ip", "203.0.113.7");

    private final JsonStore store = new JsonStore();
    private final Lifetimes lifetimes = new Lifetimes(List.of(), Staleness.DEFAULT);

    /** A sample of {@code at}, arriving then. */
    private Increase pour(double value, String at) {
        return pour(value, at, at);
    }

    private Increase pour(double value, String at, String arrival) {
        return CounterSeries.pour(counter(SYSTEM, "http_requests_total", LABELS, value, at(at)),
                new SystemState(store, SYSTEM, at(arrival), lifetimes, DetectionLimits.DEFAULT));
    }

    @Test
    void theFirstSampleSetsTheStartingPoint() {
        assertThat(pour(120, "0:00")).isEqualTo(new Increase(0, true, Duration.ZERO));
    }

    @Test
    void aLaterSampleIncreasesByTheDifferenceOverTheTimeBetween() {
        pour(120, "0:00");

        assertThat(pour(150, "0:15")).isEqualTo(new Increase(30, false, Duration.ofSeconds(15)));
        assertThat(pour(150, "0:30")).isEqualTo(new Increase(0, false, Duration.ofSeconds(15)));
    }

    @Test
    void aCounterThatWentDownWasResetAndIncreasedByItsNewValue() {
        pour(120, "0:00");

        assertThat(pour(7, "0:15")).isEqualTo(new Increase(7, false, Duration.ofSeconds(15)));
        assertThat(pour(10, "0:30").amount()).isEqualTo(3.0);
    }

    @Test
    void aLateOrRepeatedSampleIsIgnored() {
        pour(120, "0:00");
        pour(150, "0:30");

        assertThat(pour(130, "0:15")).isEqualTo(Increase.NONE);      // read as a reset it would pour 130
        assertThat(pour(150, "0:30")).isEqualTo(Increase.NONE);
        assertThat(pour(160, "0:45").amount()).isEqualTo(10.0);
    }

    @Test
    void aSeriesOfWhichNothingArrivedForTheStalenessPeriodHasGoneAndStartsAfresh() {
        pour(120, "0:00");

        assertThat(pour(150, "0:15", "5:00")).isEqualTo(new Increase(0, true, Duration.ZERO));   // 5m: Prometheus's
        assertThat(pour(170, "0:30", "5:01").amount()).isEqualTo(20.0);
    }

    @Test
    void aSeriesThatKeepsArrivingCountsHoweverLongAfterItsSamplesItArrives() {
        pour(120, "0:00", "120:00");

        assertThat(pour(150, "0:15", "120:15").amount()).isEqualTo(30.0);
    }

    @Test
    void keysASeriesBySystemMetricAndLabelsInAnyOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("user", "alice");
        reversed.put("client_ip", "203.0.113.7");

        String key = CounterSeries.key(counter(SYSTEM, "auth_failures_total", reversed, 1, at("0:00")));

        assertThat(key).isEqualTo("series|shop-prod|auth_failures_total|{client_ip=\"203.0.113.7\",user=\"alice\"}");
        assertThat(CounterSeries.key(counter(SYSTEM, "auth_failures_total",
                Map.of("client_ip", "203.0.113.7", "user", "alice"), 1, at("0:00")))).isEqualTo(key);
    }

    @Test
    void remembersTheLatestSampleAsJson() {
        pour(120, "0:00");
        pour(150, "0:15");

        String key = "series|shop-prod|http_requests_total|{client_ip=\"203.0.113.7\"}";
        assertThat(Objects.requireNonNull(store.get(key)).series())
                .isEqualTo(new DetectionState.Series(150, at("0:15"), at("0:15")));
    }
}
