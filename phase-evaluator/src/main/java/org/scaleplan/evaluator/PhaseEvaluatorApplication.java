package org.scaleplan.evaluator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PhaseEvaluatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhaseEvaluatorApplication.class, args);
    }
}
