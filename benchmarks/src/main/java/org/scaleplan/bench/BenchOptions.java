package org.scaleplan.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.scaleplan.bench.stack.StackSettings;

/**
 * How long and where the benchmark runs.
 *
 * @param repo the repository root, where the service jars are built
 * @param out where {@code benchmarks.md} and {@code benchmarks.json} go
 * @param work the broker's data, the services' logs and state, the flight recordings (emptied first)
 * @param javaOptions the services' JVM options
 * @param overrides service properties changed for an experiment, applied last
 */
record BenchOptions(boolean quick, Path repo, Path out, Path work, String javaOptions,
        List<ServiceProperty> overrides) {

    /**
     * A service property set for an experiment ({@code --set=phase-evaluator:name=value}); the report lists it.
     */
    record ServiceProperty(String service, String property, String value) {

        static ServiceProperty parse(String text) {
            int colon = text.indexOf(':');
            int equals = text.indexOf('=', colon + 1);
            if (colon < 1 || equals < colon + 2 || !StackSettings.SERVICES.contains(text.substring(0, colon))) {
                throw new IllegalArgumentException("--set needs <service>:<property>=<value> with a service of "
                        + StackSettings.SERVICES + ", was '" + text + "'");
            }
            return new ServiceProperty(text.substring(0, colon), text.substring(colon + 1, equals),
                    text.substring(equals + 1));
        }
    }

    /** The services' JVM options unless {@code SCALEPLAN_JAVA_OPTS} or {@code --java-opts} say otherwise. */
    static final String DEFAULT_JAVA_OPTIONS = StackSettings.DEFAULT_JVM_OPTIONS;

    static BenchOptions parse(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("quick", "repo", "out", "work", "java-opts", "set"));
        Path repo = Path.of(a.value("repo").orElse(".")).toAbsolutePath().normalize();
        String javaOptions = a.value("java-opts").orElseGet(() -> {
            String fromEnvironment = System.getenv("SCALEPLAN_JAVA_OPTS");
            return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_JAVA_OPTIONS : fromEnvironment;
        });
        return new BenchOptions(a.flag("quick"), repo, a.value("out").map(Path::of).orElse(repo.resolve("docs")),
                a.value("work").map(Path::of).orElse(repo.resolve("var").resolve("bench")), javaOptions,
                a.all("set").stream().map(ServiceProperty::parse).toList());
    }

    List<Integer> ladder() {
        return quick ? List.of(1, 2, 4) : List.of(1, 2, 4, 8, 16);
    }

    Duration warmup() {
        return Duration.ofSeconds(quick ? 2 : 5);
    }

    Duration measure() {
        return Duration.ofSeconds(quick ? 6 : 20);
    }

    long baselineRecords() {
        return quick ? 300_000 : 2_000_000;
    }

    int trials() {
        return quick ? 10 : 100;
    }
}
