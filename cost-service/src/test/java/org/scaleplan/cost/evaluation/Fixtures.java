package org.scaleplan.cost.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.cost.model.CostModelFile;
import org.scaleplan.cost.spend.AnomalyDetector;
import org.scaleplan.cost.spend.MonthEndForecast;

/** Cost evaluations as the service builds them, with the shipped model and the settings' defaults. */
public final class Fixtures {

    public static final Duration SYSTEM_RETENTION = Duration.ofDays(35);
    public static final Limits LIMITS = new Limits(Staleness.DEFAULT, SYSTEM_RETENTION, 50, 1_000, 1_000);
    public static final MonthEndForecast FORECAST = new MonthEndForecast(Duration.ofHours(24));

    private Fixtures() {
    }

    /** With the default staleness of 5 minutes. */
    public static CostEvaluation evaluation() {
        return evaluation(LIMITS);
    }

    /**
     * For samples an hour apart, as a billing export sends cost counters: a series must stay while it is silent in
     * between, and no spend counts across a gap longer than the staleness period, so the period is longer than that.
     */
    public static CostEvaluation hourlyEvaluation() {
        return evaluation(new Limits(new Staleness(Duration.ofHours(2)), SYSTEM_RETENTION, 50, 1_000, 1_000));
    }

    public static CostEvaluation evaluation(Limits limits) {
        return new CostEvaluation(CostModelFile.load(null), new AnomalyDetector(3, 1), FORECAST, limits);
    }

    public static MetricSample sample(String system, String name, Map<String, String> labels, Instant at,
            double value) {
        return new MetricSample(UUID.randomUUID(), at, system, name, labels, value, at);
    }
}
