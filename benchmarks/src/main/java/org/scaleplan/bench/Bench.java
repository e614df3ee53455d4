package org.scaleplan.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.scaleplan.bench.load.LoadMode;
import org.scaleplan.bench.report.BenchResult;
import org.scaleplan.bench.report.ReportFiles;
import org.scaleplan.bench.report.Targets;
import org.scaleplan.bench.soak.Soak;

/**
 * {@code java -jar scaleplan-bench.jar [--quick] [--repo=.] [--out=docs] [--work=var/bench]}: runs the benchmark
 * and writes the report; {@code load ...} is the load generator the benchmark starts as a process of its own;
 * {@code soak ...} is the time-travel soak ({@link Soak}).
 * Exit status 0 when the report was written (targets met or not), 1 when the run failed, 2 for a bad command line.
 */
public final class Bench {

    private static final Set<String> HELP = Set.of("help", "-h", "--help");
    private static final String USAGE = """
            Usage: java -jar scaleplan-bench.jar [--quick] [--repo=.] [--out=<repo>/docs] [--work=<repo>/var/bench]
                                                 [--java-opts="<services' JVM options>"]
                                                 [--set=<service>:<name>=<value>]...
              Starts a broker, Redis and the five services (jars under <repo>/<service>/target/), measures them
              against Kafka's producer perf tool and writes benchmarks.md and benchmarks.json into --out.
              --set changes a service property for an experiment (repeatable; the report lists it).
                   java -jar scaleplan-bench.jar soak --help: the time-travel soak (docs/soak.md).
            """;

    private Bench() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (!args.isEmpty() && HELP.contains(args.get(0))) {
            out.print(USAGE);
            return 0;
        }
        try {
            if (!args.isEmpty() && args.get(0).equals("load")) {
                return LoadMode.run(args.subList(1, args.size()), out, err);
            }
            if (!args.isEmpty() && args.get(0).equals("soak")) {
                return Soak.run(args.subList(1, args.size()), out, err);
            }
            return bench(BenchOptions.parse(args), out);
        } catch (IllegalArgumentException e) {
            err.println("scaleplan-bench: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private static int bench(BenchOptions options, PrintStream out) throws InterruptedException {
        Progress progress = new Progress(out);
        BenchResult result = new BenchRun(options, progress).run();
        Path report = ReportFiles.write(options.out(), result);
        progress.step("Targets");
        Targets.of(result).forEach(v -> progress.info((v.met() ? "met     " : "MISSED  ") + v.target() + ": "
                + v.measured()));
        progress.step("Wrote " + report + " and benchmarks.json beside it");
        return 0;
    }
}
