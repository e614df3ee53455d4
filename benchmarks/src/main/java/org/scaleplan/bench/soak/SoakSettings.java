package org.scaleplan.bench.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scaleplan.bench.stack.StackSettings;

/**
 * The services' settings for the soak: every service that judges staleness does so over {@link
 * SoakOptions#STALENESS}, phase-evaluator's forecast looks back {@value #FORECAST_WINDOW}, and incident-service keeps
 * a resolved incident {@value #INCIDENT_RETENTION} and at most {@value #MAX_INCIDENTS} incidents, so its bounded views fill within the warm-up (docs/soak.md). Its only runbook
 * ends each phase-change incident after a short wait, as a phase runbook that completes would.
 */
final class SoakSettings {

    /** The growth rate's look-back: six hourly samples (at the shipped hour, a forecast would never have three). */
    static final String FORECAST_WINDOW = "6h";
    static final String INCIDENT_RETENTION = "2d";
    static final String MAX_INCIDENTS = "200";

    private SoakSettings() {
    }

    static StackSettings stack(SoakOptions options) {
        Map<String, Map<String, String>> properties = new LinkedHashMap<>();
        for (String service : StackSettings.SERVICES) {
            Map<String, String> own = new LinkedHashMap<>();
            // Kafka Streams locks its state directory: never share one with another stack on this machine.
            own.put("spring.kafka.streams.state-dir", options.work().resolve("state").resolve(service).toString());
            properties.put(service, own);
        }
        String staleness = SoakOptions.STALENESS.toHours() + "h";
        properties.get("phase-evaluator").put("scaleplan.evaluator.staleness", staleness);
        properties.get("phase-evaluator").put("scaleplan.evaluator.forecast.window", FORECAST_WINDOW);
        properties.get("cost-service").put("scaleplan.cost.staleness", staleness);
        properties.get("security-service").put("scaleplan.security.staleness", staleness);
        Map<String, String> incidents = properties.get("incident-service");
        incidents.put("scaleplan.incident.runbooks-dir", runbooks(options.work().resolve("runbooks")).toString());
        incidents.put("scaleplan.incident.retention", INCIDENT_RETENTION);
        incidents.put("scaleplan.incident.max-incidents", MAX_INCIDENTS);
        return new StackSettings(options.repo(), options.work(), options.javaOptions(), properties);
    }

    /** The properties as the report lists them: every one the soak sets but the state directories. */
    static Map<String, String> described(StackSettings stack) {
        Map<String, String> described = new LinkedHashMap<>();
        stack.properties().forEach((service, own) -> own.forEach((name, value) -> {
            if (!name.equals("spring.kafka.streams.state-dir")) {
                described.put(service + ": " + name, value.replace(stack.work().toString(), "<work>"));
            }
        }));
        return described;
    }

    private static Path runbooks(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("soak-phase.yml"), """
                    id: soak-phase
                    trigger: {source: phase-change}
                    steps:
                      - {id: noted, type: wait, duration: 1s}
                    """);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
