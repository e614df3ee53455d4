package org.scaleplan.security;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.security.decisions.DecisionLimits;
import org.scaleplan.security.detection.DetectionLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code scaleplan.security.*}: where the detection scenarios and the posture per phase come from, how long
 * detection's state lives and how much of it, and what a system's decisions may hold (docs/security.md).
 *
 * @param scenariosDir a directory of scenario files ({@code *.yml}, {@code *.yaml}); unset: the shipped scenarios
 * @param postureFile the control set of each phase; unset: the shipped {@code security/posture.yml}
 * @param staleness how long nothing of a counter series may arrive before it has gone
 * @param sweepInterval how much stream time passes between sweeps of what has gone
 * @param maxSeriesPerSystem counter series of one system detection keeps at once
 * @param maxBucketsPerSystem buckets of one system (all scenarios and group values) kept at once
 * @param maxDistinctPerBucket distinct values one bucket remembers during a life
 * @param maxDecisionsPerSystem decisions in force at once for one system
 * @param maxOffendersPerSystem scopes of one system whose recent offences are remembered
 * @param maxDecisionStreams decision streams ({@code GET /v1/decisions/stream}) open at once on an instance
 */
@ConfigurationProperties("scaleplan.security")
public record SecurityProperties(@Nullable Path scenariosDir, @Nullable Path postureFile,
        @DefaultValue("5m") Duration staleness, @DefaultValue("1m") Duration sweepInterval,
        @DefaultValue("50000") int maxSeriesPerSystem, @DefaultValue("50000") int maxBucketsPerSystem,
        @DefaultValue("10000") int maxDistinctPerBucket, @DefaultValue("1000") int maxDecisionsPerSystem,
        @DefaultValue("5000") int maxOffendersPerSystem, @DefaultValue("100") int maxDecisionStreams) {

    public SecurityProperties {
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("scaleplan.security.sweep-interval must be positive, was "
                    + sweepInterval);
        }
    }

    DetectionLimits detectionLimits() {
        return new DetectionLimits(new Staleness(staleness), maxSeriesPerSystem, maxBucketsPerSystem,
                maxDistinctPerBucket);
    }

    DecisionLimits decisionLimits() {
        return new DecisionLimits(maxDecisionsPerSystem, maxOffendersPerSystem);
    }
}
