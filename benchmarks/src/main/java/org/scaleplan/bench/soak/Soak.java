package org.scaleplan.bench.soak;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.scaleplan.bench.Progress;
import org.scaleplan.bench.soak.check.CheckResult;

/**
 * {@code java -jar scaleplan-bench.jar soak [--quick] [--systems=20] [--repo=.] [--out=docs] [--work=var/soak]}: the
 * time-travel soak. Exit status 0 when every check passed, 1 when one failed or the run did, 2 for a bad command line.
 */
public final class Soak {

    private static final Set<String> HELP = Set.of("help", "-h", "--help");
    static final String USAGE = """
            Usage: java -jar scaleplan-bench.jar soak [--quick] [--systems=20] [--backlog] [--repo=.]
                                                      [--out=<repo>/docs] [--work=<repo>/var/soak]
                                                      [--java-opts="<services' JVM options>"]
              Starts a broker, Redis and the five services (jars under <repo>/<service>/target/), sends them a
              simulated quarter (--quick: two weeks) of a churning fleet in minutes, checks that state stays bounded
              and results stay right, and writes its section of soak.md into --out. Exit 1 if a check failed.
              --backlog lets the services fall up to a simulated day behind, as when catching up after an outage.
            """;

    private Soak() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && HELP.contains(args.get(0))) {
            out.print(USAGE);
            return 0;
        }
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("scaleplan-bench soak: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        Progress progress = new Progress(out);
        SoakResult result = new SoakRun(options, progress).run();
        Path report = SoakReport.write(options.out().resolve("soak.md"), result);
        progress.step("Checks");
        for (CheckResult check : result.checks()) {
            progress.info((check.passed() ? "passed  " : "FAILED  ") + check.name() + ": " + check.summary());
            check.violations().stream().limit(20).forEach(v -> progress.info("          " + v));
        }
        progress.step("Wrote the " + result.form() + " form's figures into " + report);
        return result.passed() ? 0 : 1;
    }
}
