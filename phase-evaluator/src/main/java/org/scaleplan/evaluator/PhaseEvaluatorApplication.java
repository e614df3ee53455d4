package org.scaleplan.evaluator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PhaseEvaluatorApplication {

    /** Runs the service, or with {@code check} or {@code replay} first, that command (see EvaluatorCommands). */
    public static void main(String[] args) {
        if (args.length > 0 && EvaluatorCommands.NAMES.contains(args[0])) {
            System.exit(new EvaluatorCommands(System.out, System.err).run(args));
        }
        SpringApplication.run(PhaseEvaluatorApplication.class, args);
    }
}
