package org.scaleplan.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * {@code POST /v1/metrics} bodies: the next {@code samples} of the system's {@link SampleShape#SERIES} series, one
 * sample each, stamped now, so every sample of a batch is a distinct fact (its own event id).
 */
final class JsonBatches implements Batches {

    private final String system;
    private final int samples;
    private int series;
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
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        StringBuilder json = new StringBuilder(samples * 120).append("{\"system\":\"").append(system)
                .append("\",\"samples\":[");
        for (int i = 0; i < samples; i++) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(SampleShape.name(series))
                    .append("\",\"value\":").append(SampleShape.value(series, sequence++))
                    .append(",\"timestamp\":\"").append(now)
                    .append("\",\"labels\":{\"instance\":\"").append(SampleShape.instance(series))
                    .append("\",\"job\":\"bench\"}}");
            series = (series + 1) % SampleShape.SERIES;
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
