package org.scaleplan.evaluator.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.metrics.Staleness;
import org.scaleplan.evaluator.rules.RuleState;

/**
 * One sweep of an {@link EvaluationState} at one stream time: every rule state of a gone series ends (its firing
 * alert resolved, as a sample touching it would have done), every gone series leaves its system's standing, and
 * systems silent for the retention are forgotten. Removals wait until a store's pass is over, since a store must not
 * change while it is read.
 */
final class Sweeping {

    private final Evaluation evaluation;
    private final Staleness staleness;
    private final RuleSet rules;
    private final SeriesAlerts alerts;
    private final SystemPhases phases;
    private final Instant now;
    private final Set<String> forgotten = new HashSet<>();
    private final Map<String, Integer> alertSeries = new HashMap<>();
    private final List<SystemEvent> decisions = new ArrayList<>();
    private final Map<String, Sweep.Size> sizes = new HashMap<>();

    Sweeping(Evaluation evaluation, Staleness staleness, RuleSet rules, SeriesAlerts alerts, SystemPhases phases,
            Instant now) {
        this.evaluation = evaluation;
        this.staleness = staleness;
        this.rules = rules;
        this.alerts = alerts;
        this.phases = phases;
        this.now = now;
    }

    Sweep run(EvaluationState state) {
        state.systems().forEach((system, activity, bytes) -> {
            if (evaluation.forgotten(activity, now)) {
                forgotten.add(system);
            }
        });
        sweepAlerts(state.alerts());
        sweepStandings(state.standings());
        sweepSystems(state.systems());
        return new Sweep(decisions, sizes);
    }

    private void sweepAlerts(StateMap<RuleState> store) {
        List<String> gone = new ArrayList<>();
        Tally tally = new Tally();
        store.forEach((key, state, bytes) -> {
            if (staleness.gone(state.lastArrival(), now)) {
                gone.add(key);
                rules.named(ruleName(key, state)).flatMap(evaluator -> alerts.gone(evaluator, state))
                        .ifPresent(decisions::add);
            } else {
                alertSeries.merge(state.system(), 1, Integer::sum);
                tally.add(bytes);
            }
        });
        gone.forEach(store::remove);
        sizes.put("alerts", tally.size());
    }

    private void sweepStandings(StateMap<Standing> store) {
        Map<String, Standing> changed = new HashMap<>();
        Tally tally = new Tally();
        store.forEach((system, standing, bytes) -> {
            if (forgotten.contains(system)) {
                changed.put(system, null);
                return;
            }
            var series = phases.current(standing, now);
            if (series.size() != standing.series().size()) {
                changed.put(system, new Standing(standing.phase(), series, standing.trend(), standing.forecast()));
            }
            tally.add(bytes);
        });
        changed.forEach((system, standing) -> {
            if (standing == null) {
                store.remove(system);
            } else {
                store.put(system, standing);
            }
        });
        sizes.put("standings", tally.size());
    }

    private void sweepSystems(StateMap<SystemActivity> store) {
        Map<String, SystemActivity> recounted = new HashMap<>();
        Tally tally = new Tally();
        store.forEach((system, activity, bytes) -> {
            int count = alertSeries.getOrDefault(system, 0);
            if (!forgotten.contains(system)) {
                tally.add(bytes);
                if (count != activity.alertSeries()) {
                    recounted.put(system, new SystemActivity(activity.lastArrival(), count));
                }
            }
        });
        forgotten.forEach(store::remove);
        recounted.forEach(store::put);
        sizes.put("systems", tally.size());
    }

    /** {@code system/Rule{labels}}: the rule's name. */
    private static String ruleName(String key, RuleState state) {
        int start = state.system().length() + 1;
        int labels = key.indexOf('{', start);
        return key.substring(start, labels < 0 ? key.length() : labels);
    }

    private static final class Tally {

        private long keys;
        private long bytes;

        void add(long stored) {
            keys++;
            bytes += stored;
        }

        Sweep.Size size() {
            return new Sweep.Size(keys, bytes);
        }
    }
}
