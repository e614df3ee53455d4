package org.scaleplan.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Label;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;
import org.xerial.snappy.Snappy;

import tools.jackson.databind.JsonNode;

class BatchesTests {

    @Test
    void aJsonBatchIsOneSystemsDistinctSamples() {
        JsonNode batch = EventJson.mapper().readTree(Format.JSON.batches("load-0", 1_000).next());

        assertThat(batch.path("system").asString()).isEqualTo("load-0");
        assertThat(batch.path("samples")).hasSize(1_000);
        Set<String> facts = new HashSet<>();
        batch.path("samples").forEach(sample -> facts.add(sample.path("labels").path("instance").asString() + "@"
                + sample.path("timestamp").asString()));
        // Every sample a distinct fact (series and timestamp), so none is a duplicate of another.
        assertThat(facts).hasSize(1_000);
        List<String> names = new ArrayList<>();
        batch.path("samples").forEach(sample -> names.add(sample.path("name").asString()));
        // One in ten a metric services read (below every rule's threshold), the rest one none reads.
        assertThat(names).filteredOn("cpu_utilization"::equals).hasSize(100);
        assertThat(names).filteredOn("bench_load"::equals).hasSize(900);
        batch.path("samples").forEach(sample -> {
            if (sample.path("name").asString().equals("cpu_utilization")) {
                assertThat(sample.path("value").asDouble()).isBetween(0.2, 0.4);
            }
        });
    }

    @Test
    void aRemoteWriteBatchIsWhatPrometheusSends() throws IOException {
        WriteRequest request = WriteRequest.parseFrom(Snappy.uncompress(Format.REMOTE_WRITE.batches("load-1", 2_000)
                .next()));

        assertThat(request.getTimeseriesList()).hasSize(2_000).allSatisfy(series -> {
            assertThat(series.getSamplesList()).hasSize(1);
            assertThat(series.getLabelsList()).extracting(Label::getName)
                    .containsExactly("__name__", "instance", "job", "system");
        });
        TimeSeries first = request.getTimeseries(0);
        assertThat(first.getLabelsList()).extracting(Label::getValue).containsExactly("bench_load", "i-0", "bench",
                "load-1");
    }

    @Test
    void remoteWriteHeadersAreVersionOneWithSnappy() {
        assertThat(Format.REMOTE_WRITE.batches("s", 1).headers()).containsEntry("Content-Encoding", "snappy")
                .containsEntry("Content-Type", "application/x-protobuf")
                .containsEntry("X-Prometheus-Remote-Write-Version", "0.1.0");
        assertThat(List.of(Format.JSON.batch(), Format.REMOTE_WRITE.batch())).containsExactly(1_000, 2_000);
    }
}
