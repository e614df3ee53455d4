package org.scaleplan.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.cost.budget.Budget;
import org.scaleplan.cost.evaluation.IdleResources;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.MonthEndForecast;

/**
 * A system's costs as {@code GET /v1/systems/{system}/cost} answers them, as of its newest sample: this month's
 * spend so far, the month-end forecast and the spend rate, overall and by category, the monthly cost per active
 * user, the budget's status and the idle resources worth a look.
 *
 * @param costPerUserUsd the month-end forecast per active user; absent while the system has no active users
 * @param budget absent while the system has no budget
 */
record CostReport(String system, Instant asOf, YearMonth period, BigDecimal monthToDateUsd,
        BigDecimal monthEndForecastUsd, BigDecimal spendRateUsdPerHour, long activeUsers,
        @Nullable BigDecimal costPerUserUsd, List<Category> categories, @Nullable BudgetStatus budget,
        List<IdleResources.Hint> idleResources) {

    /** One category of this month. */
    record Category(String category, BigDecimal monthToDateUsd, BigDecimal monthEndForecastUsd,
            BigDecimal spendRateUsdPerHour, @Nullable BigDecimal costPerUserUsd, boolean anomalous) {
    }

    /**
     * @param actualPercent this month's spend so far, in percent of the budget
     * @param forecastPercent the month-end forecast, in percent of the budget
     * @param crossed the thresholds announced this month, as {@code BASIS:percent@budget}
     */
    record BudgetStatus(BigDecimal monthlyUsd, List<Integer> thresholds, List<Basis> basis,
            BigDecimal actualPercent, BigDecimal forecastPercent, List<String> crossed) {
    }

    /** @param now when the system has sent no sample yet (only a budget): the month to report */
    static CostReport of(String system, SystemCosts costs, CostModel model, MonthEndForecast forecast, Instant now) {
        Instant asOf = costs.asOf() != null ? costs.asOf() : now;
        YearMonth period = YearMonth.from(asOf.atOffset(ZoneOffset.UTC));
        long users = costs.activeUsers();
        List<CategorySpend> current = costs.categories().values().stream()
                .filter(spend -> spend.period().equals(period)).toList();
        double rate = current.stream().mapToDouble(spend -> forecast.ratePerHour(spend, asOf)).sum();
        List<Category> categories = costs.categories().entrySet().stream()
                .filter(entry -> entry.getValue().period().equals(period))
                .map(entry -> category(entry.getKey(), entry.getValue(), costs, users, forecast, asOf))
                .toList();
        double monthEnd = costs.monthEnd(period, asOf, forecast);
        return new CostReport(system, asOf, period, usd(costs.monthToDate(period)), usd(monthEnd), usd(rate), users,
                perUser(monthEnd, users), categories, budget(costs, period, monthEnd),
                IdleResources.of(costs, model, asOf));
    }

    private static Category category(String name, CategorySpend spend, SystemCosts costs, long users,
            MonthEndForecast forecast, Instant asOf) {
        double monthEnd = forecast.monthEnd(spend, asOf);
        return new Category(name, usd(spend.monthToDate()), usd(monthEnd),
                usd(forecast.ratePerHour(spend, asOf)), perUser(monthEnd, users),
                costs.anomalous().contains(name));
    }

    private static @Nullable BudgetStatus budget(SystemCosts costs, YearMonth period, double monthEnd) {
        Budget budget = costs.budget();
        if (budget == null) {
            return null;
        }
        List<String> crossed = costs.announced() != null && costs.announced().period().equals(period)
                ? List.copyOf(costs.announced().crossed()) : List.of();
        return new BudgetStatus(budget.monthlyUsd(), budget.thresholds(), budget.basis().stream().sorted().toList(),
                percent(costs.monthToDate(period), budget), percent(monthEnd, budget), crossed);
    }

    private static BigDecimal percent(double usd, Budget budget) {
        return BigDecimal.valueOf(usd * 100).divide(budget.monthlyUsd(), 1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal perUser(double monthlyUsd, long users) {
        return users > 0 ? BigDecimal.valueOf(monthlyUsd / users).setScale(4, RoundingMode.HALF_UP) : null;
    }

    private static BigDecimal usd(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
