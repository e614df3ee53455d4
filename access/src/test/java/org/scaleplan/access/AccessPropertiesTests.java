package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.AccessProperties.FailureMode;
import org.scaleplan.access.AccessProperties.RateLimit;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AccessPropertiesTests {

    @Test
    void bindsTheDocumentedDefaultsFromNoSettings() {
        AccessProperties properties = bind(Map.of());
        assertThat(properties).isEqualTo(AccessProperties.defaults());
        assertThat(properties.cacheTtl()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.negativeCacheTtl()).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.staleCacheMax()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.rateLimitFailureMode()).isEqualTo(FailureMode.OPEN);
        assertThat(properties.rateLimits()).containsOnlyKeys("ingest", "read", "write", "admin", "throttled", "default")
                .containsEntry("ingest", new RateLimit(200, 400))
                .containsEntry("read", new RateLimit(50, 100))
                .containsEntry("write", new RateLimit(10, 20))
                .containsEntry("throttled", new RateLimit(1, 5));
    }

    @Test
    void keepsTheDefaultClassesWhenOneIsChangedOrAdded() {
        AccessProperties properties = bind(Map.of(
                "scaleplan.access.rate-limits.read.per-second", "500",
                "scaleplan.access.rate-limits.read.burst", "50",
                "scaleplan.access.rate-limits.export.per-second", "0.5",
                "scaleplan.access.rate-limit-failure-mode", "closed"));
        assertThat(properties.rateLimit("read")).isEqualTo(new RateLimit(500, 50));
        assertThat(properties.rateLimit("export")).isEqualTo(new RateLimit(0.5, 1));
        assertThat(properties.rateLimit("ingest")).isEqualTo(new RateLimit(200, 400));
        assertThat(properties.rateLimitFailureMode()).isEqualTo(FailureMode.CLOSED);
    }

    @Test
    void givesClassesWithoutTheirOwnLimitTheDefaultOne() {
        assertThat(AccessProperties.defaults().rateLimit("reports")).isEqualTo(new RateLimit(10, 20));
    }

    @Test
    void defaultsTheBurstToTwiceTheRate() {
        assertThat(new RateLimit(30, 0).burst()).isEqualTo(60);
    }

    @Test
    void refusesARateLimitWithoutARate() {
        assertThatThrownBy(() -> bind(Map.of("scaleplan.access.rate-limits.read.burst", "5")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("per-second > 0");
    }

    private static AccessProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("scaleplan.access", AccessProperties.class);
    }
}
