package org.scaleplan.evaluator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PhaseEvaluatorApplication {

    /** Runs the service, or with {@code check} or {@code replay} first, that command (see EvaluatorCommands). */
    public static void main(String[] args) {
        if (args.length > 0 && EvaluatorCommands.NAMES.contains(args[0])) {
            // A command's output is its result: only warnings from the Kafka client, not its start-up chatter.
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
            System.exit(new EvaluatorCommands(System.out, System.err).run(args));
        }
        SpringApplication.run(PhaseEvaluatorApplication.class, args);
    }
}
