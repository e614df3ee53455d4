package org.scaleplan.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.scaleplan.bench.Arguments;

/**
 * One load run: {@code clients} concurrent senders of {@code format} batches to metrics-ingest, each on its own
 * system ({@code systemPrefix-<n>}), counted for {@code measure} after {@code warmup}.
 *
 * @param rate samples per second all clients together keep to; 0 sends as fast as answers come
 * @param measure how long to count; zero counts until standard input closes (background load)
 */
public record LoadOptions(URI ingest, String key, Format format, int clients, Duration warmup, Duration measure,
        double rate, String systemPrefix) {

    /** Where a load process started by the benchmark finds its key: not on a command line that ps shows. */
    static final String KEY_VARIABLE = "SCALEPLAN_BENCH_KEY";

    private static final Set<String> OPTIONS = Set.of("ingest", "key", "format", "clients", "warmup-seconds",
            "seconds", "rate", "systems");

    public LoadOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be at least 1");
        }
    }

    static LoadOptions parse(List<String> args) {
        Arguments a = Arguments.parse(args, OPTIONS);
        String key = a.value("key").orElseGet(() -> System.getenv(KEY_VARIABLE));
        if (key == null) {
            throw new IllegalArgumentException("--key or " + KEY_VARIABLE + " is required");
        }
        return new LoadOptions(URI.create(a.required("ingest")), key, Format.of(a.required("format")),
                (int) a.number("clients", 1), Duration.ofSeconds(a.number("warmup-seconds", 3)),
                Duration.ofSeconds(a.number("seconds", 10)), a.number("rate", 0), a.value("systems").orElse("load"));
    }

    public LoadOptions withClients(int count) {
        return new LoadOptions(ingest, key, format, count, warmup, measure, rate, systemPrefix);
    }

    List<String> toArguments() {
        return new ArrayList<>(List.of("--ingest=" + ingest, "--format=" + format.label(),
                "--clients=" + clients, "--warmup-seconds=" + warmup.toSeconds(), "--seconds=" + measure.toSeconds(),
                "--rate=" + Math.round(rate), "--systems=" + systemPrefix));
    }
}
