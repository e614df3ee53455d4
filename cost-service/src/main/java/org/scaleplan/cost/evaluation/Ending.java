package org.scaleplan.cost.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.cost.evaluation.CostEvaluation.Result;
import org.scaleplan.cost.spend.CategorySpend;
import org.scaleplan.cost.spend.CounterSeries;

/**
 * What of a system ends at stream time {@code now}: every series of which nothing has arrived for the staleness
 * period ({@link Staleness}), a priced gauge billed up to its end and that end checked against the budget as a sample
 * would be, stamped with it; then what its closed months kept; and everything but its budget once nothing of it has
 * arrived for the system retention. The same code runs for a sample of the system, before the sample counts, and for
 * the sweep, so whether and how something ended never depends on when the store was swept.
 */
final class Ending {

    /** A series of a category that has gone. */
    private record Gone(String category, String key, CounterSeries last) {
    }

    private final Limits limits;
    private final SpendChecks checks;

    Ending(Limits limits, SpendChecks checks) {
        this.limits = limits;
        this.checks = checks;
    }

    /** The costs once what has gone by {@code now} has ended; the very costs given when nothing has. */
    Result run(String system, SystemCosts costs, Instant now) {
        Staleness staleness = limits.staleness();
        SystemCosts next = costs.withoutGoneGauges(now, staleness);
        List<SystemEvent> events = new ArrayList<>();
        for (Gone gone : gone(costs, now)) {
            next = next.withCategory(gone.category(), next.categories().get(gone.category()).ended(gone.key(),
                    staleness));
            if (gone.last().costToEnd(staleness) > 0) {
                Instant end = staleness.endedAt(gone.last().at());
                Result checked = checks.budget(system, next.at(end), CategorySpend.monthOf(end), end, List.of());
                next = checked.costs();
                events.addAll(checked.events());
            }
        }
        if (next.silentFor(limits.systemRetention(), now)) {
            next = next.forgotten();
        }
        next = next.closed();
        return new Result(next.equals(costs) ? costs : next, events);
    }

    /** The series of every category that have gone, in the order they ended (event time). */
    private List<Gone> gone(SystemCosts costs, Instant now) {
        List<Gone> gone = new ArrayList<>();
        costs.categories().forEach((category, spend) -> spend.goneBy(now, limits.staleness())
                .forEach(series -> gone.add(new Gone(category, series.getKey(), series.getValue()))));
        gone.sort(Comparator.comparing((Gone series) -> series.last().at()).thenComparing(Gone::category)
                .thenComparing(Gone::key));
        return gone;
    }
}
