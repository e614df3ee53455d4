package org.scaleplan.bench.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the benchmark runs the stack.
 *
 * @param repo the repository root: service jars are {@code <repo>/<service>/target/<service>.jar}
 * @param work where the broker's data, the services' logs and state go (emptied first)
 * @param jvmOptions every service's JVM options
 * @param properties Spring properties per service, on top of its {@code application.yml}
 */
public record StackSettings(Path repo, Path work, String jvmOptions, Map<String, Map<String, String>> properties) {

    public static final List<String> SERVICES = List.of("metrics-ingest", "phase-evaluator", "cost-service",
            "security-service", "incident-service");

    /**
     * The services' JVM options unless {@code SCALEPLAN_JAVA_OPTS} or {@code --java-opts} say otherwise: the full JIT,
     * as the Dockerfile runs them, with {@code ./scaleplan up}'s heap and serial GC, not {@code up}'s C1-only compiler,
     * which trades throughput for start-up.
     */
    public static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError";

    /** What KafkaProcess puts on the broker's command line (test-support), for the report. */
    public static final String BROKER_OPTIONS = "-Xmx384m -XX:TieredStopAtLevel=1";

    public Path jar(String service) {
        return repo.resolve(service).resolve("target").resolve(service + ".jar");
    }

    public Map<String, String> propertiesOf(String service) {
        return properties.getOrDefault(service, Map.of());
    }
}
