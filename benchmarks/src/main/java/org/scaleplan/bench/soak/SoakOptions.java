package org.scaleplan.bench.soak;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.scaleplan.bench.Arguments;
import org.scaleplan.bench.soak.fleet.Schedule;
import org.scaleplan.bench.stack.StackSettings;

/**
 * What the soak runs and where: the long form (100 days, checkpoints at days 10, 50 and 100) or {@code --quick}
 * (14 days, checkpoints at 10, 12 and 14: the first one after the same warm-up), for {@code systems} systems.
 *
 * @param backlog let the services fall up to a simulated day behind the feed, as after an outage, instead of a tick
 * @param repo the repository root, where the service jars are built
 * @param out where {@code soak.md} is (its section of this form is rewritten)
 * @param work the broker's data, the services' logs and state (emptied first)
 * @param javaOptions the services' JVM options
 */
record SoakOptions(boolean quick, int systems, boolean backlog, Path repo, Path out, Path work, String javaOptions) {

    /** A sample of every series this often: 24 ticks a simulated day. */
    static final Duration INTERVAL = Duration.ofHours(1);
    /** Every service's staleness period: a series has gone once three samples in a row are missing. */
    static final Duration STALENESS = Duration.ofHours(3);
    static final int MIN_SYSTEMS = 5;

    static SoakOptions parse(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("quick", "systems", "backlog", "repo", "out", "work",
                "java-opts"));
        Path repo = Path.of(a.value("repo").orElse(".")).toAbsolutePath().normalize();
        long systems = a.number("systems", 20);
        if (systems < MIN_SYSTEMS || systems > 99) {
            throw new IllegalArgumentException("--systems must be between " + MIN_SYSTEMS + " and 99, was " + systems);
        }
        String javaOptions = a.value("java-opts").orElseGet(() -> {
            String fromEnvironment = System.getenv("SCALEPLAN_JAVA_OPTS");
            return fromEnvironment == null || fromEnvironment.isBlank() ? StackSettings.DEFAULT_JVM_OPTIONS
                    : fromEnvironment;
        });
        return new SoakOptions(a.flag("quick"), (int) systems, a.flag("backlog"), repo,
                a.value("out").map(Path::of).orElse(repo.resolve("docs")),
                a.value("work").map(Path::of).orElse(repo.resolve("var").resolve("soak")), javaOptions);
    }

    /** The calendar of this form, starting on the 20th of the month after {@code now}'s. */
    Schedule schedule(Instant now) {
        return new Schedule(Schedule.startAfter(now), quick ? 14 : 100, INTERVAL, STALENESS,
                quick ? List.of(10, 12, 14) : List.of(10, 50, 100));
    }

    /** The report's section: the long or quick form, apart when run with a backlog. */
    String form() {
        return (quick ? "quick" : "long") + (backlog ? "-backlog" : "");
    }
}
