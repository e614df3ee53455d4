package org.scaleplan.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MetricsIngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(MetricsIngestApplication.class, args);
    }
}
