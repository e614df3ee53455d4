package org.scaleplan.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.baseline.BaselineResult;
import org.scaleplan.bench.baseline.ProducerPerfSummary;
import org.scaleplan.bench.latency.TrialKind;
import org.scaleplan.bench.latency.TrialResults;
import org.scaleplan.bench.load.LoadResult;
import org.scaleplan.bench.load.SaturationResult;

class TargetsTests {

    @Test
    void eachTargetIsJudgedOnTheWholeStack() {
        BenchResult result = result(List.of(saturation("json", 60_000), saturation("remote-write", 40_000)),
                List.of(saturation("remote-write", 70_000)));

        assertThat(Targets.of(result)).extracting(Targets.Verdict::target, Targets.Verdict::met).containsExactly(
                tuple("ingest json ≥ 0.5× raw producer", true),
                // 40,000 of 100,000: missed, however fast ingest is alone.
                tuple("ingest remote-write ≥ 0.5× raw producer", false),
                tuple("decision latency p99 ≤ 100 ms (phase)", true),
                // 100 trials from 1 to 100 ms to the decision, the request 450 ms later: p99 549 ms.
                tuple("incident latency p99 ≤ 500 ms (phase change → runbook)", false),
                tuple("metrics-ingest healthy ≤ 10 s", true),
                // The broker's figures are shown, without a target.
                tuple("metrics-ingest ≤ 400 MB resident", false));
        assertThat(Targets.of(result).get(1).measured()).contains("0.40×").contains("alone: 0.70×");
    }

    private static BenchResult result(List<SaturationResult> saturation, List<SaturationResult> alone) {
        List<TrialResults.Trial> trials = IntStream.rangeClosed(1, 100)
                .mapToObj(ms -> new TrialResults.Trial(ms, ms + 10, ms + 20, ms + 30, ms + 450)).toList();
        return new BenchResult(Instant.EPOCH, Duration.ofMinutes(12), false, null, Map.of(), Map.of(),
                new BaselineResult(249, 3, new ProducerPerfSummary(1_000_000, 100_000, 24, 5, 9, 4, 6, 8, 9),
                        Map.of()),
                saturation, alone, null, Map.of(TrialKind.PHASE, new TrialResults(TrialKind.PHASE, trials, 0)),
                Map.of("broker", Duration.ofSeconds(12), "metrics-ingest", Duration.ofSeconds(9)), Map.of(),
                Map.of("broker", 500L * 1024, "metrics-ingest", 401L * 1024), null);
    }

    private static SaturationResult saturation(String format, double rate) {
        LoadResult load = new LoadResult(format, 4, 20, 100, (long) rate * 20, 0, rate, Stats.NONE, Map.of());
        return new SaturationResult(format, List.of(new SaturationResult.Step(load, Map.of(), Map.of())));
    }
}
