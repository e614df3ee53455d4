package org.scaleplan.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.scaleplan.cli.demo.Demo;
import org.scaleplan.cli.demotarget.Target;
import org.scaleplan.cli.events.Events;

/**
 * {@code java -jar scaleplan-cli.jar <command> ...}: dispatches on the first argument. Exit status 0 when done,
 * 1 when the command could not do its work (Kafka unreachable, port taken), 2 for a command line it does not take.
 */
public final class Cli {

    private static final String DEMO_USAGE = """
            demo --key=ADMIN_KEY [--ingest=http://localhost:8081] [--cost=http://localhost:8083]
                 [--incidents=http://localhost:8085] [--bootstrap-servers=localhost:9092] [--system=S]
                 [--minute-millis=500] [--target-port=8099]
              Feeds a synthetic system into a running stack and prints what Scaleplan does with it, then a summary
              (./scaleplan demo starts the stack and passes the key).
            """;
    private static final Set<String> HELP = Set.of("help", "-h", "--help");

    private Cli() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(List.of(args), System.out, System.err);
        // Ctrl-C ends a command inside the JVM's shutdown, where System.exit would block: exit only on failure.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        if (args.isEmpty() || HELP.contains(args.get(0))) {
            (args.isEmpty() ? err : out).print(usage());
            return args.isEmpty() ? 2 : 0;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            switch (args.get(0)) {
                case "events":
                    return Events.run(rest, out, err);
                case "target":
                    return Target.run(rest, out, err);
                case "demo":
                    return Demo.run(rest, out, err);
                default:
                    throw new UsageException("unknown command '" + args.get(0) + "'");
            }
        } catch (UsageException e) {
            err.println("scaleplan-cli: " + e.getMessage());
            err.print(usage());
            return 2;
        }
    }

    static String usage() {
        return "Usage: java -jar scaleplan-cli.jar <command> [options]\n\n"
                + Events.usage() + "\n" + Target.usage() + "\n" + DEMO_USAGE;
    }
}
