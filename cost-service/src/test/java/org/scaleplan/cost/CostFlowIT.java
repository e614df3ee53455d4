package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.Topics;
import org.scaleplan.contracts.cost.Basis;
import org.scaleplan.contracts.cost.BudgetThresholdCrossed;
import org.scaleplan.contracts.cost.CostAnomalyDetected;
import org.scaleplan.contracts.cost.CostProjected;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.contracts.phase.Direction;
import org.scaleplan.contracts.phase.PhaseChanged;
import org.scaleplan.testsupport.AdminHttp;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProbe;
import org.scaleplan.testsupport.ServiceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * cost-service against a real broker, through its topics and HTTP API only: a cost curve crosses budget thresholds
 * (each once) and turns anomalous (once), a phase change is projected against the budget, an idle resource is
 * reported, and budgets are managed by admins with clear errors. Costs are sampled hourly here, as a billing export
 * reports them: a series must report more often than the staleness period, or no spend is counted across the gaps
 * between its samples, so the period is longer than an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "scaleplan.cost.staleness=2h")
@ContextConfiguration(initializers = ServiceProperties.class)
@DirtiesContext
class CostFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A 30-day month, so the month-end forecasts below are easy to check by hand. */
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final KafkaProbe probe = new KafkaProbe(Infrastructure.kafkaBootstrapServers());

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void aCostCurveCrossesEachBudgetThresholdOnceAndTurnsAnomalousOnce() {
        String system = "curve-" + UUID.randomUUID();
        setBudget(system, "{\"monthlyUsd\": 1000, \"thresholds\": [50, 80, 100], \"basis\": [\"ACTUAL\", "
                + "\"FORECASTED\"]}");
        // ai spend: 1 USD an hour for a day and a half, then 40 an hour for 12 hours; the counter resets once.
        for (int hour = 0; hour <= 36; hour++) {
            probe.send(sample(system, "cost_usd_total", Map.of("category", "ai"), hour * 3600L, hour));
        }
        for (int hour = 37; hour <= 48; hour++) {
            double total = 36 + 40.0 * (hour - 36);
            probe.send(sample(system, "cost_usd_total", Map.of("category", "ai"), hour * 3600L,
                    hour < 42 ? total : total - 236));
        }

        JsonNode cost = awaitCost(system, report -> report.path("asOf").asString().equals("2026-11-03T00:00:00Z"));
        assertThat(cost.path("monthToDateUsd").decimalValue()).isEqualByComparingTo("516.00");
        assertThat(cost.path("categories")).singleElement()
                .satisfies(ai -> assertThat(ai.path("category").asString()).isEqualTo("ai"));
        assertThat(cost.path("budget").path("actualPercent").decimalValue()).isEqualByComparingTo("51.6");
        assertThat(cost.path("budget").path("crossed")).hasSize(4);

        List<BudgetThresholdCrossed> crossed = events(system, BudgetThresholdCrossed.class);
        assertThat(crossed).extracting(BudgetThresholdCrossed::basis, BudgetThresholdCrossed::thresholdPercent)
                .containsExactlyInAnyOrder(tuple(Basis.FORECASTED, 50), tuple(Basis.FORECASTED, 80),
                        tuple(Basis.FORECASTED, 100), tuple(Basis.ACTUAL, 50));
        assertThat(crossed).filteredOn(c -> c.basis() == Basis.ACTUAL).singleElement()
                .satisfies(actual -> assertThat(actual.amountUsd()).isEqualByComparingTo("516.00"));
        assertThat(events(system, CostAnomalyDetected.class)).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.category()).isEqualTo("ai");
            assertThat(anomaly.occurredAt()).isEqualTo(T0.plus(Duration.ofHours(37)));
            assertThat(anomaly.baselineUsdPerHour()).isEqualByComparingTo("1.00");
        });
    }

    @Test
    void aPhaseChangeIsProjectedWithTheSpendTheSystemRunsAtAgainstItsBudget() {
        String system = "projection-" + UUID.randomUUID();
        setBudget(system, "{\"monthlyUsd\": 1000}");
        // 2 USD an hour of server spend for the first day of the month.
        for (int hour = 0; hour <= 24; hour++) {
            probe.send(sample(system, "cost_usd_total", Map.of("category", "server"), hour * 3600L, 2.0 * hour));
        }
        awaitCost(system, report -> report.path("asOf").asString().equals("2026-11-02T00:00:00Z"));
        PhaseChanged change = new PhaseChanged(UUID.randomUUID(), T0.plus(Duration.ofHours(24)), system, 1, 2,
                "Growth", Direction.UP, 2_000, List.of(), List.of());

        probe.send(change);

        CostProjected projected = await().atMost(PATIENCE).until(() -> events(system, CostProjected.class),
                list -> !list.isEmpty()).get(0);
        // Phase 2 infrastructure (645 USD) plus 48 USD so far and 2 USD an hour for the 696 hours left: 2,085.
        assertThat(projected.monthlyUsd()).isEqualByComparingTo("2085.00");
        assertThat(projected.costPerUserUsd()).isEqualByComparingTo("1.0425");
        assertThat(projected.budgetUsd()).isEqualByComparingTo("1000");
        assertThat(projected.fitsBudget()).isFalse();
        assertThat(projected.causedBy()).containsExactly(change.eventId());
    }

    @Test
    void reportsAResourceIdleForAnHourWithWhatItCosts() {
        String system = "idle-" + UUID.randomUUID();
        for (int minute = 0; minute <= 90; minute += 10) {
            probe.send(sample(system, "cpu_cores", Map.of("node", "a"), minute * 60L, 8));
            probe.send(sample(system, "cpu_utilization", Map.of("node", "a"), minute * 60L, minute < 20 ? 0.6 : 0.01));
        }

        JsonNode cost = awaitCost(system, report -> report.path("asOf").asString().equals("2026-11-01T01:30:00Z"));
        assertThat(cost.path("idleResources")).singleElement().satisfies(hint -> {
            assertThat(hint.path("resource").asString()).isEqualTo("cpu_cores");
            assertThat(hint.path("idleSince").asString()).isEqualTo("2026-11-01T00:20:00Z");
            // 8 cores at 0.04 USD an hour for 730.5 hours.
            assertThat(hint.path("monthlyUsd").decimalValue()).isEqualByComparingTo("233.76");
        });
        // 8 cores for 90 minutes at 0.04 USD a core-hour.
        assertThat(cost.path("monthToDateUsd").decimalValue()).isEqualByComparingTo("0.48");
    }

    @Test
    void budgetsAreManagedByAdminsWithEveryProblemNamed() {
        String system = "budget-" + UUID.randomUUID();
        String path = "/v1/systems/" + system + "/budget";

        HttpResponse<String> invalid = AdminHttp.put(port, path,
                "{\"monthlyUsd\": -5, \"thresholds\": [50, 0], \"basis\": [\"ACTUAL\", \"SOMETIMES\"]}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(tree(invalid.body()).path("errors").findValuesAsString("field"))
                .containsExactly("monthlyUsd", "thresholds[1]", "basis[1]");
        assertThat(AdminHttp.get(port, path).statusCode()).isEqualTo(404);

        HttpResponse<String> set = AdminHttp.put(port, path, "{\"monthlyUsd\": 250.5}");
        assertThat(set.statusCode()).isEqualTo(200);
        JsonNode budget = tree(AdminHttp.get(port, path).body());
        assertThat(budget.path("monthlyUsd").decimalValue()).isEqualByComparingTo("250.5");
        assertThat(budget.path("thresholds").toString()).isEqualTo("[50,80,100]");
        assertThat(budget.path("basis").toString()).isEqualTo("[\"ACTUAL\",\"FORECASTED\"]");
        assertThat(budget.path("setBy").asString()).isEqualTo("bootstrap");

        assertThat(AdminHttp.delete(port, path).statusCode()).isEqualTo(204);
        assertThat(AdminHttp.get(port, path).statusCode()).isEqualTo(404);
        probe.send(sample(system, "cost_usd_total", Map.of("category", "server"), 0, 5));
        // The removal reached the costs: the sample is there and no budget is.
        awaitCost(system, report -> absent(report.path("budget")) && report.path("categories").size() == 1);
    }

    private void setBudget(String system, String json) {
        assertThat(AdminHttp.put(port, "/v1/systems/" + system + "/budget", json).statusCode()).isEqualTo(200);
        // Samples sent from now on are checked against it: the store holds the budget once the report shows it.
        awaitCost(system, report -> !absent(report.path("budget")));
    }

    private JsonNode awaitCost(String system, Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            String body = AdminHttp.bodyIfOk(port, "/v1/systems/" + system + "/cost");
            return body.isEmpty() ? null : tree(body);
        }, report -> report != null && ready.test(report));
    }

    private static <T extends ScaleplanEvent> List<T> events(String system, Class<T> type) {
        List<ConsumerRecord<String, byte[]>> records = probe.readAll(Topics.COST_EVENTS, r -> system.equals(r.key()));
        return records.stream()
                .map(r -> EventJson.read(r.value(), KafkaProbe.header(r, CloudEventHeaders.TYPE).orElseThrow()))
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static MetricSample sample(String system, String name, Map<String, String> labels, long seconds,
            double value) {
        Instant at = T0.plusSeconds(seconds);
        return new MetricSample(UUID.randomUUID(), at, system, name, labels, value, at);
    }

    private static boolean absent(JsonNode node) {
        return node.isNull() || node.isMissingNode();
    }

    private static JsonNode tree(String json) {
        return EventJson.mapper().readTree(json);
    }
}
