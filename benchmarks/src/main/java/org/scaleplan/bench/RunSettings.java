package org.scaleplan.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.scaleplan.bench.baseline.ProducerBaseline;
import org.scaleplan.bench.latency.RunbookTarget;
import org.scaleplan.bench.load.SampleShape;
import org.scaleplan.bench.stack.StackSettings;

/** The services' settings for the benchmark, and how the report describes the run's settings. */
final class RunSettings {

    /** Far above any rate this machine reaches, so the key's rate limit (200/s, burst 400) caps nothing. */
    static final String UNLIMITED = "1000000";

    private RunSettings() {
    }

    static StackSettings stack(BenchOptions options, Path runbooks, RunbookTarget target) {
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        for (String service : StackSettings.SERVICES) {
            Map<String, String> own = new LinkedHashMap<>();
            // Kafka Streams locks its state directory: never share one with another stack on this machine.
            own.put("spring.kafka.streams.state-dir", options.work().resolve("state").resolve(service).toString());
            properties.put(service, own);
        }
        properties.get("metrics-ingest").put("scaleplan.access.rate-limits.ingest.per-second", UNLIMITED);
        properties.get("metrics-ingest").put("scaleplan.access.rate-limits.ingest.burst", UNLIMITED);
        properties.get("incident-service").put("scaleplan.incident.runbooks-dir", runbooks.toString());
        properties.get("incident-service").put("scaleplan.incident.http.allowed-hosts", target.hostAndPort());
        options.overrides().forEach(o -> properties.get(o.service()).put(o.property(), o.value()));
        return new StackSettings(options.repo(), options.work(), options.javaOptions(), properties);
    }

    static Map<String, String> describe(BenchOptions options, StackSettings stack, int recordSize) {
        Map<String, String> settings = new LinkedHashMap<>();
        describeStack(settings, options, stack);
        describeLoad(settings, options, recordSize);
        return settings;
    }

    private static void describeStack(Map<String, String> settings, BenchOptions options, StackSettings stack) {
        settings.put("work directory", "`<work>` below: `--work`, by default `var/bench/` in the repository");
        settings.put("services' jars", "each boot jar extracted (`java -Djarmode=tools -jar <service>.jar extract`) "
                + "into `<work>/jars/`, as `./scaleplan up` and the Dockerfile run them");
        boolean shipped = options.javaOptions().equals(BenchOptions.DEFAULT_JAVA_OPTIONS);
        settings.put("services' JVM", "`" + options.javaOptions() + "`" + (shipped
                ? " (the full JIT, as the Dockerfile runs them, with `./scaleplan up`'s heap and GC)"
                : " (`SCALEPLAN_JAVA_OPTS` or `--java-opts`)"));
        settings.put("services' properties", "as shipped, plus: " + stack.properties().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().entrySet().stream()
                        .map(p -> "`" + p.getKey() + "=" + p.getValue().replace(options.work().toString(), "<work>")
                                + "`").collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        if (!options.overrides().isEmpty()) {
            settings.put("**experiment**", "changed from the shipped configuration with `--set`: "
                    + options.overrides().stream().map(o -> "`" + o.service() + ": " + o.property() + "=" + o.value()
                            + "`").collect(Collectors.joining(", ")));
        }
        settings.put("rate limits", "the `ingest` class raised to " + UNLIMITED + " requests/s (burst " + UNLIMITED
                + ") on metrics-ingest: the default 200/s, burst 400 per key (docs/access.md) would cap JSON at "
                + "200,000 samples/s. No other limit applies (max 10,000 samples and 10 MB per request).");
        settings.put("API key", "one key with the `ingest` role for every system, issued by security-service "
                + "(`POST /v1/api-keys`) for the load and the trials");
        settings.put("broker", "test-support's KafkaProcess: KRaft, one node, `" + StackSettings.BROKER_OPTIONS
                + "`, `num.partitions=3`, data in the work directory (page cache, no fsync per write)");
        settings.put("metrics-ingest's producer", "as shipped: `acks=all`, idempotent, lz4, `linger.ms=5`; "
                + "a request is answered once Kafka acknowledged all of its samples");
    }

    private static void describeLoad(Map<String, String> settings, BenchOptions options, int recordSize) {
        settings.put("baseline", "`ProducerPerformance " + String.join(" ", ProducerBaseline.arguments("<broker>",
                recordSize, options.baselineRecords())) + "`, JVM `" + ProducerBaseline.JVM + "`; producer defaults "
                + "otherwise (`batch.size=16384`, `linger.ms=5`, no compression)");
        settings.put("load", "this jar's `load` mode, JVM `-Xms64m -Xmx384m`; JSON 1,000 / remote-write 2,000 "
                + "samples per request, one system per client; " + SampleShape.describe());
        settings.put("load steps", "clients " + options.ladder() + ", stopping once the best rises by ≤ 5 %; "
                + options.warmup().toSeconds() + " s warm-up, then " + options.measure().toSeconds() + " s measured");
        settings.put("latency trials", options.trials() + " of each kind, one at a time, 30 s patience each");
        settings.put("event consumer", "in the benchmark: `read_committed`, assigned to every partition from the "
                + "end, `fetch.max.wait.ms=20`");
    }
}
