package org.scaleplan.cost;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.model.CostModelFile;

/**
 * cost-service's command, run from its jar instead of the service: {@code check FILE} checks a cost model file as the
 * service would load it, prints every problem as {@code file:line: field: reason} and exits 1 if there is any.
 */
final class CostCommands {

    static final Set<String> NAMES = Set.of("check");
    private static final String USAGE = "usage: cost-service check COST-MODEL.yml";

    private final PrintStream out;
    private final PrintStream err;

    CostCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command named by {@code args[0]}; answers the process exit status. */
    int run(String... args) {
        if (args.length != 2 || !args[0].equals("check")) {
            err.println(USAGE);
            return 2;
        }
        try {
            CostModel model = CostModelFile.load(Path.of(args[1]));
            out.println(args[1] + ": valid: " + model.resources().size() + " priced resources, phases "
                    + model.phases().keySet());
            return 0;
        } catch (InvalidConfigException e) {
            e.problems().forEach(out::println);
            err.println(e.problems().size() + " problem(s) in " + args[1]);
            return 1;
        }
    }
}
