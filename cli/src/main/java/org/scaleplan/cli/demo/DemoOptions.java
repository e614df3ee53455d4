package org.scaleplan.cli.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.scaleplan.cli.Arguments;
import org.scaleplan.cli.UsageException;

/**
 * Where the demo finds the stack and how fast it plays.
 *
 * @param key an admin API key (the launcher passes the local run's)
 * @param minuteMillis how long one minute of the synthetic system's event time takes
 */
record DemoOptions(String ingest, String cost, String incidents, String bootstrapServers, String key,
        String system, long minuteMillis, int targetPort) {

    static DemoOptions parse(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("ingest", "cost", "incidents", "bootstrap-servers", "key",
                "system", "minute-millis", "target-port"), Set.of());
        String key = a.value("key").orElseThrow(() -> new UsageException("demo needs --key=<admin API key>"));
        return new DemoOptions(a.value("ingest").orElse("http://localhost:8081"),
                a.value("cost").orElse("http://localhost:8083"), a.value("incidents").orElse("http://localhost:8085"),
                a.value("bootstrap-servers").orElse("localhost:9092"), key,
                a.value("system").orElse("demo-shop-" + UUID.randomUUID().toString().substring(0, 4)),
                number(a, "minute-millis", 500), (int) number(a, "target-port", 8099));
    }

    private static long number(Arguments a, String name, long fallback) {
        try {
            return a.value(name).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number");
        }
    }
}
