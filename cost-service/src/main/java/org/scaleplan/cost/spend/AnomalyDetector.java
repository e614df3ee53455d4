package org.scaleplan.cost.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.cost.CostAnomalyDetected;

/**
 * Spend far above its rolling baseline. The observed rate is the spend of the last complete hour and the current one
 * so far, per hour; the baseline is the average hourly spend of the {@link #BASELINE} before that, or of the history
 * there is when it is shorter. A category is anomalous while its observed rate is more than {@code factor} times the
 * baseline and at least {@code minImpactUsdPerHour} above it; {@link CostAnomalyDetected} is published once when it
 * becomes anomalous, not on every sample while it stays so. A baseline needs {@link #MIN_BASELINE} of history and
 * some spend: new spend in a category that had none is not an anomaly of it.
 */
public final class AnomalyDetector {

    public static final Duration BASELINE = Duration.ofHours(24);
    public static final Duration MIN_BASELINE = Duration.ofHours(6);

    private final double factor;
    private final double minImpactUsdPerHour;

    public AnomalyDetector(double factor, double minImpactUsdPerHour) {
        if (!(factor > 1) || !(minImpactUsdPerHour >= 0)) {
            throw new IllegalArgumentException("the factor must be above 1 and the minimum impact not negative, was "
                    + factor + " and " + minImpactUsdPerHour);
        }
        this.factor = factor;
        this.minImpactUsdPerHour = minImpactUsdPerHour;
    }

    /**
     * @param detected the anomaly, when the category has just become anomalous
     */
    public record Step(boolean anomalous, Optional<CostAnomalyDetected> detected) {
    }

    public Step step(String system, String category, CategorySpend spend, boolean wasAnomalous, Instant now,
            List<UUID> causedBy) {
        Instant windowStart = CategorySpend.hourOf(now).minus(Duration.ofHours(1));
        if (spend.hourly().isEmpty() || spend.hourly().firstKey().isAfter(windowStart.minus(MIN_BASELINE))) {
            return new Step(false, Optional.empty());
        }
        // The baseline averages the history there is, up to a day: 6 hours of it are 6 hours, not a quarter day.
        Instant history = spend.hourly().firstKey();
        Instant baselineStart = history.isAfter(windowStart.minus(BASELINE)) ? history : windowStart.minus(BASELINE);
        double baseline = spend.spentBetween(baselineStart, windowStart)
                / Duration.between(baselineStart, windowStart).toHours();
        if (baseline <= 0) {
            return new Step(false, Optional.empty());
        }
        double hours = Duration.between(windowStart, now).getSeconds() / 3600.0;
        double observed = spend.spentBetween(windowStart, now.plusSeconds(1)) / hours;
        boolean anomalous = observed > factor * baseline && observed - baseline >= minImpactUsdPerHour;
        if (!anomalous || wasAnomalous) {
            return new Step(anomalous, Optional.empty());
        }
        return new Step(true, Optional.of(new CostAnomalyDetected(
                EventIds.of("cost-anomaly", system, category, CategorySpend.hourOf(now)), now, system, category,
                usd(baseline), usd(observed), usd(observed - baseline), (observed - baseline) / baseline * 100,
                causedBy)));
    }

    private static BigDecimal usd(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
