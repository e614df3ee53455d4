package org.scaleplan.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code POST /v1/metrics} bodies: {@link SampleShape#SERIES} series, each with one sample per millisecond just
 * before now, so every sample of a batch is a distinct fact (its own event id).
 */
final class JsonBatches implements Batches {

    private final String system;
    private final int samples;
    private long sequence;

    JsonBatches(String system, int samples) {
        this.system = system;
        this.samples = samples;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Content-Type", "application/json");
    }

    @Override
    public byte[] next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        StringBuilder json = new StringBuilder(samples * 110).append("{\"system\":\"").append(system)
                .append("\",\"samples\":[");
        String at = "";
        for (int i = 0; i < samples; i++) {
            if (i % SampleShape.SERIES == 0) {
                at = now.minusMillis(i / SampleShape.SERIES).toString();
            }
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(SampleShape.name(i))
                    .append("\",\"value\":").append(SampleShape.value(i, sequence++))
                    .append(",\"timestamp\":\"").append(at)
                    .append("\",\"labels\":{\"instance\":\"").append(SampleShape.instance(i))
                    .append("\",\"job\":\"bench\"}}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
