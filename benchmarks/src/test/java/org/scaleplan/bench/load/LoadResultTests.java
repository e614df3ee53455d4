package org.scaleplan.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.report.Stats;

class LoadResultTests {

    @Test
    void travelsFromTheLoadProcessAsOneLine() {
        LoadResult result = new LoadResult("json", 4, 20.0, 120, 120_000, 1, 5_950.0,
                new Stats(120, 600.0, 1_200.0, 1_300.0, 650.0), Map.of("200", 119L, "503", 1L));

        String line = result.line();

        assertThat(line).startsWith(LoadResult.PREFIX).doesNotContain("\n");
        assertThat(LoadResult.parse(line)).isEqualTo(result);
    }

    @Test
    void countsOnlyAcknowledgedSamplesAndOnlyWhileMeasuring() {
        Recorder recorder = new Recorder(Format.JSON, 1, 1_000);
        recorder.answered(200, 1_000_000);
        recorder.start();
        recorder.answered(200, 2_000_000);
        recorder.answered(503, 3_000_000);
        recorder.answered(-1, 4_000_000);
        recorder.stop();

        LoadResult result = recorder.result();

        assertThat(result.samples()).isEqualTo(1_000);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.statuses()).containsEntry("200", 1L).containsEntry("503", 1L).containsEntry("-1", 1L);
    }
}
