package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.soak.check.AlertsResolvedCheck;
import org.scaleplan.bench.soak.check.BudgetOnceCheck;
import org.scaleplan.bench.soak.check.CheckResult;
import org.scaleplan.bench.soak.check.GapSpendCheck;
import org.scaleplan.bench.soak.check.ReplayCheck;
import org.scaleplan.bench.soak.check.StoreGrowthCheck;
import org.scaleplan.bench.soak.fleet.Fleet;
import org.scaleplan.bench.soak.fleet.Schedule;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.scaleplan.bench.stack.BenchStack;
import org.scaleplan.bench.stack.StackSettings;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.testsupport.KafkaProbe;

/**
 * After the run: reads what the services published (alerts, phase decisions, cost events), runs phase-evaluator's
 * replay over the whole range, and checks each rule against what the generator knows.
 */
final class Verdicts {

    private final Fleet fleet;
    private final SpendLedger ledger;
    private final Measurements measurements;
    private final Progress progress;
    private final Map<String, Integer> events = new TreeMap<>();

    Verdicts(Fleet fleet, SpendLedger ledger, Measurements measurements, Progress progress) {
        this.fleet = fleet;
        this.ledger = ledger;
        this.measurements = measurements;
        this.progress = progress;
    }

    List<CheckResult> check(BenchStack stack, StackSettings settings, Instant drainedAt) {
        progress.step("Reading the alerts, phase and cost topics");
        List<SystemEvent> alerts;
        List<SystemEvent> phases;
        List<SystemEvent> costs;
        try (KafkaProbe probe = new KafkaProbe(stack.bootstrapServers())) {
            alerts = counted(TopicEvents.read(probe, Topics.ALERTS));
            phases = counted(TopicEvents.read(probe, Topics.PHASE_CHANGES));
            costs = counted(TopicEvents.read(probe, Topics.COST_EVENTS));
        }
        Schedule schedule = fleet.schedule();
        List<CheckResult> checks = new ArrayList<>();
        checks.add(StoreGrowthCheck.check(measurements.checkpoints(), StackSettings.SERVICES));
        checks.add(AlertsResolvedCheck.check(alerts, fleet.failingPods(), schedule.staleness()));
        checks.add(BudgetOnceCheck.check(costs.stream().filter(BudgetThresholdCrossed.class::isInstance)
                .map(BudgetThresholdCrossed.class::cast).toList(), ledger, fleet.systems()));
        checks.add(GapSpendCheck.check(gap(), measurements.monthToDate(), measurements.ledgerSaid(), ledger, costs));
        checks.add(replay(stack, settings, alerts, phases, drainedAt));
        return checks;
    }

    /** How many events of each type the services published. */
    Map<String, Integer> events() {
        return events;
    }

    private CheckResult replay(BenchStack stack, StackSettings settings, List<SystemEvent> alerts,
            List<SystemEvent> phases, Instant drainedAt) {
        Instant from = fleet.schedule().start().minus(Duration.ofDays(1));
        Instant to = drainedAt.plus(fleet.schedule().interval());
        progress.step("Replaying phase-evaluator over every sample stamped from " + from + " to " + to);
        Map<String, String> evaluator = new TreeMap<>(settings.propertiesOf("phase-evaluator"));
        evaluator.keySet().removeIf(name -> !name.startsWith("scaleplan.evaluator."));
        Map<String, List<UUID>> replayed = PhaseReplay.run(settings.work().resolve("jars").resolve("phase-evaluator")
                .resolve("phase-evaluator.jar"), stack.bootstrapServers(), from, to, evaluator,
                settings.work().resolve("replay.log"));
        List<SystemEvent> live = new ArrayList<>(alerts);
        live.addAll(phases);
        return ReplayCheck.check(TopicEvents.idsByType(live), replayed);
    }

    private GapSpendCheck.Gap gap() {
        Schedule schedule = fleet.schedule();
        List<String> systems = new ArrayList<>();
        for (int i = 0; i < fleet.systems().size(); i++) {
            if (fleet.hasGap(i)) {
                systems.add(Fleet.system(i));
            }
        }
        return new GapSpendCheck.Gap(systems, schedule.gapFrom(), schedule.gapReturn(),
                Objects.requireNonNull(measurements.probed(), "the probe never ran"), schedule.interval());
    }

    private List<SystemEvent> counted(List<SystemEvent> read) {
        read.forEach(event -> events.merge(EventTypes.of(event.getClass()).type(), 1, Integer::sum));
        return read;
    }
}
