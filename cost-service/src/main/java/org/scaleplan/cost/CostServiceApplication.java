package org.scaleplan.cost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CostServiceApplication {

    /** Runs the service, or with {@code check} first, that command (see CostCommands). */
    public static void main(String[] args) {
        if (args.length > 0 && CostCommands.NAMES.contains(args[0])) {
            System.exit(new CostCommands(System.out, System.err).run(args));
        }
        SpringApplication.run(CostServiceApplication.class, args);
    }
}
