package org.scaleplan.cost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CostServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CostServiceApplication.class, args);
    }
}
