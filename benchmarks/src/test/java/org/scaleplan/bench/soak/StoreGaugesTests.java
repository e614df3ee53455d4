package org.scaleplan.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scaleplan.bench.soak.check.StoreGrowthCheck.Size;

class StoreGaugesTests {

    @Test
    void readsKeysAndBytesPerStoreWhateverTheOtherTags() {
        String exposition = """
                # HELP scaleplan_store_keys
                # TYPE scaleplan_store_keys gauge
                scaleplan_store_keys{application="phase-evaluator",store="alerts"} 444.0
                scaleplan_store_keys{store="standings",application="phase-evaluator"} 20.0
                scaleplan_store_bytes{application="phase-evaluator",store="alerts"} 85302.0
                scaleplan_store_keys_total{store="ignored"} 1.0
                scaleplan_bound_reached_total{bound="x"} 1.0
                """;

        assertThat(StoreGauges.parse(exposition)).containsOnlyKeys("alerts", "standings")
                .containsEntry("alerts", new Size(444, 85_302L)).containsEntry("standings", new Size(20, null));
    }

    @Test
    void aServiceWithoutStoreGaugesReportsNothing() {
        assertThat(StoreGauges.parse("jvm_threads_live_threads 40.0\n")).isEmpty();
    }
}
