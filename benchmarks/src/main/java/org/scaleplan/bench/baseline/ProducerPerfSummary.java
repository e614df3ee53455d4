package org.scaleplan.bench.baseline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The final line of {@code org.apache.kafka.tools.ProducerPerformance}, e.g. {@code 2000000 records sent,
 * 151279.7 records/sec (64.93 MB/sec), 372.47 ms avg latency, 1047.00 ms max latency, 366 ms 50th, 560 ms 95th,
 * 726 ms 99th, 960 ms 99.9th.} Its interim lines (every 5 s) lack the percentiles and do not parse.
 */
public record ProducerPerfSummary(long records, double recordsPerSecond, double mbPerSecond, double avgLatencyMs,
        double maxLatencyMs, double p50Ms, double p95Ms, double p99Ms, double p999Ms) {

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern SUMMARY = Pattern.compile("([0-9]+) records sent, " + NUMBER + " records/sec \\("
            + NUMBER + " MB/sec\\), " + NUMBER + " ms avg latency, " + NUMBER + " ms max latency, " + NUMBER
            + " ms 50th, " + NUMBER + " ms 95th, " + NUMBER + " ms 99th, " + NUMBER + " ms 99.9th");

    public static Optional<ProducerPerfSummary> parse(String line) {
        Matcher m = SUMMARY.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ProducerPerfSummary(Long.parseLong(m.group(1)), number(m, 2), number(m, 3),
                number(m, 4), number(m, 5), number(m, 6), number(m, 7), number(m, 8), number(m, 9)));
    }

    private static double number(Matcher m, int group) {
        return Double.parseDouble(m.group(group));
    }
}
