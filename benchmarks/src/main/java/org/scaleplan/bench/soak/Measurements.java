package org.scaleplan.bench.soak;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Checkpoint;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Size;
import org.scaleplan.bench.soak.fleet.MonthSpend;
import org.scaleplan.bench.soak.fleet.SpendLedger;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the soak measures when the feed pauses, each time once every service has caught up with everything written
 * (and so has swept its stores at the newest stream time): every service's store sizes at a checkpoint, and every
 * system's month-to-date spend by category at the probe after the gap, beside what the spend ledger says it should be
 * at that moment.
 */
final class Measurements implements Feed.Pauses {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final Broker broker;
    private final Map<String, ServiceApi> services;
    private final List<String> systems;
    private final Progress progress;
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<Duration> catchUps = new ArrayList<>();
    private final SpendLedger ledger;
    private final Map<String, Map<String, Double>> monthToDate = new TreeMap<>();
    private final Map<String, Map<String, Double>> ledgerSaid = new TreeMap<>();
    private @Nullable YearMonth probed;

    Measurements(Broker broker, Map<String, ServiceApi> services, List<String> systems, SpendLedger ledger,
            Progress progress) {
        this.broker = broker;
        this.ledger = ledger;
        this.services = services;
        this.systems = systems;
        this.progress = progress;
    }

    @Override
    public void checkpoint(int day) {
        Duration caughtUp = caughtUp();
        Map<String, Map<String, Size>> stores = new LinkedHashMap<>();
        services.forEach((service, api) -> stores.put(service, StoreGauges.read(api)));
        checkpoints.add(new Checkpoint(day, stores));
        progress.info(String.format("checkpoint day %d (the services caught up in %.1f s):", day,
                caughtUp.toMillis() / 1000.0));
        stores.forEach((service, sizes) -> progress.info("  " + service + ": " + (sizes.isEmpty() ? "not reported"
                : SoakReport.sizes(sizes))));
    }

    @Override
    public void probe() {
        caughtUp();
        for (String system : systems) {
            JsonNode cost = services.get("cost-service").getJson("/v1/systems/" + system + "/cost");
            YearMonth period = YearMonth.parse(cost.path("period").asString());
            if (probed != null && !probed.equals(period)) {
                throw new IllegalStateException(system + "'s cost is of " + period + ", the others' of " + probed);
            }
            probed = period;
            Map<String, Double> categories = new TreeMap<>();
            cost.path("categories").forEach(c -> categories.put(c.path("category").asString(),
                    c.path("monthToDateUsd").asDouble()));
            monthToDate.put(system, categories);
            MonthSpend expected = ledger.months(system).get(period);
            ledgerSaid.put(system, expected == null ? Map.of() : expected.byCategory());
        }
        progress.info("read every system's month-to-date spend of " + probed + " after the gauges came back");
    }

    List<Checkpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    /** How long each pause waited for the services to catch up. */
    List<Duration> catchUps() {
        return List.copyOf(catchUps);
    }

    /** What cost-service answered at the probe, by system and category. */
    Map<String, Map<String, Double>> monthToDate() {
        return monthToDate;
    }

    /** What the ledger said the same figures should be, at the same moment. */
    Map<String, Map<String, Double>> ledgerSaid() {
        return ledgerSaid;
    }

    @Nullable YearMonth probed() {
        return probed;
    }

    private Duration caughtUp() {
        Duration took = broker.awaitCaughtUp(PATIENCE);
        catchUps.add(took);
        return took;
    }
}
