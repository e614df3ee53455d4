package org.scaleplan.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.scaleplan.testsupport.KafkaProcess;
import org.scaleplan.testsupport.RedisProcess;
import org.scaleplan.testsupport.ServiceProcess;

/**
 * Scaleplan as it is deployed: a real broker process, Redis and every service from its boot jar as a process of
 * its own, some of them twice. Tests reach it only through the services' ports and the broker.
 */
final class Stack implements AutoCloseable {

    static final List<String> SERVICES = List.of("metrics-ingest", "phase-evaluator", "cost-service",
            "security-service", "incident-service");

    /** Short rebalances and health checks, so that a killed instance's work moves within seconds. */
    private static final Map<String, String> QUICK = Map.of(
            "spring.kafka.streams.properties.session.timeout.ms", "6000",
            "scaleplan.incident.engine-session-timeout", "6s");

    private final KafkaProcess kafka;
    private final RedisProcess redis;
    private final Path work;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();

    private Stack(Path work) {
        this.work = work;
        this.kafka = new KafkaProcess(work.resolve("kafka")).start();
        this.redis = RedisProcess.start();
    }

    /** Starts the broker, then {@code instances} of each service (1 unless named) at once, healthy when it returns. */
    static Stack start(Path work, Map<String, Integer> instances) {
        return start(work, instances, Map.of());
    }

    /** As {@link #start(Path, Map)}, with {@code settings} (service: property: value) on top of the defaults. */
    static Stack start(Path work, Map<String, Integer> instances, Map<String, Map<String, String>> settings) {
        Stack stack = new Stack(work);
        List<CompletableFuture<?>> starting = new ArrayList<>();
        for (String service : SERVICES) {
            for (int i = 0; i < instances.getOrDefault(service, 1); i++) {
                ServiceProcess process = stack.process(service, i);
                stack.services.computeIfAbsent(service, s -> new ArrayList<>()).add(process);
                Map<String, String> properties = new LinkedHashMap<>(QUICK);
                // Instances on one machine must not share a state directory (Kafka Streams locks it).
                properties.put("spring.kafka.streams.state-dir", work.resolve(service + "-" + i + "-state").toString());
                properties.putAll(settings.getOrDefault(service, Map.of()));
                starting.add(CompletableFuture.runAsync(() -> process.start(properties)));
            }
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            // allOf ends when every start has: no test will close a stack it never got, so stop what did start.
            stack.close();
            throw e;
        }
        return stack;
    }

    private ServiceProcess process(String service, int instance) {
        return new ServiceProcess(Path.of("..", service, "target", service + ".jar"),
                work.resolve(service + "-" + instance + ".log"),
                ServiceProcess.environment(kafka.bootstrapServers(), redis.endpoint()));
    }

    ServiceProcess service(String name) {
        return service(name, 0);
    }

    ServiceProcess service(String name, int instance) {
        return services.get(name).get(instance);
    }

    int port(String name) {
        return service(name).port();
    }

    RedisProcess redis() {
        return redis;
    }

    KafkaProcess kafka() {
        return kafka;
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Closes the parts a test opened (null: never opened), every one of them even if one fails. */
    static void closeAll(AutoCloseable... parts) {
        IllegalStateException failure = null;
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                failure = failure == null ? new IllegalStateException("could not close " + part, e) : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        services.values().forEach(list -> list.forEach(ServiceProcess::close));
        kafka.close();
        redis.kill();
    }
}
