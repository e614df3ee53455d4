package org.scaleplan.bench.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.scaleplan.bench.Progress;
import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.KafkaProcess;
import org.scaleplan.testsupport.RedisEndpoint;
import org.scaleplan.testsupport.ServiceProcess;

/**
 * Scaleplan as it is deployed, started by the benchmark: a real broker process, Redis, and each service from its
 * extracted boot jar as a process of its own (test-support's KafkaProcess and ServiceProcess, as the end-to-end tests
 * run them). Services start one after another, so each start-up is timed on a machine not busy starting the others.
 */
public final class BenchStack implements AutoCloseable {

    public static final String BROKER = "broker";
    public static final String REDIS = "redis";

    private final StackSettings settings;
    private final KafkaProcess kafka;
    private final RedisEndpoint redis;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Duration> startup = new LinkedHashMap<>();
    private final Map<String, Double> startupCpu = new LinkedHashMap<>();

    private BenchStack(StackSettings settings, KafkaProcess kafka, RedisEndpoint redis) {
        this.settings = settings;
        this.kafka = kafka;
        this.redis = redis;
    }

    public static BenchStack start(StackSettings settings, Progress progress) {
        KafkaProcess kafka = new KafkaProcess(settings.work().resolve("kafka"));
        progress.info("broker: starting (data in " + settings.work().resolve("kafka") + ")");
        kafka.start();
        BenchStack stack = new BenchStack(settings, kafka, Infrastructure.redis());
        stack.timed(BROKER, child(cmd -> cmd.contains("kafka.Kafka")), progress);
        child(cmd -> cmd.contains("redis-server")).ifPresent(pid -> stack.pids.put(REDIS, pid));
        for (String service : StackSettings.SERVICES) {
            stack.startService(service, progress);
        }
        return stack;
    }

    private void startService(String service, Progress progress) {
        Path jar = ExtractedJar.extract(settings.jar(service), settings.work().resolve("jars").resolve(service));
        ServiceProcess process = new ServiceProcess(jar, settings.work().resolve(service + ".log"),
                ServiceProcess.environment(kafka.bootstrapServers(), redis),
                List.of(settings.jvmOptions().trim().split("\\s+")));
        progress.info(service + ": starting");
        process.start(settings.propertiesOf(service));
        services.put(service, process);
        timed(service, child(cmd -> cmd.contains("--server.port=" + process.port())), progress);
    }

    /** Start-up: from the process's start (as the kernel records it) to the first healthy answer. */
    private void timed(String part, Optional<Long> pid, Progress progress) {
        Instant healthy = Instant.now();
        long found = pid.orElseThrow(() -> new IllegalStateException("no process of " + part + " found"));
        Instant started = ProcessHandle.of(found).flatMap(p -> p.info().startInstant()).orElse(healthy);
        pids.put(part, found);
        startup.put(part, Duration.between(started, healthy));
        ProcStat.cpuSeconds(found).ifPresent(seconds -> startupCpu.put(part, seconds));
        progress.info(String.format("%s: healthy %.1f s after its process started, %.1f s of CPU (pid %d)", part,
                startup.get(part).toMillis() / 1000.0, startupCpu.getOrDefault(part, Double.NaN), found));
    }

    private static Optional<Long> child(Predicate<String> commandLine) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(commandLine::test).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public URI url(String service) {
        return URI.create("http://127.0.0.1:" + services.get(service).port());
    }

    /** The broker, Redis (when it runs as a process here) and the services, by name. */
    public Map<String, Long> pids() {
        return new LinkedHashMap<>(pids);
    }

    public Map<String, Duration> startupTimes() {
        return new LinkedHashMap<>(startup);
    }

    /** CPU seconds each used up to its first healthy answer: its start-up's cost, whatever else ran. */
    public Map<String, Double> startupCpuSeconds() {
        return new LinkedHashMap<>(startupCpu);
    }

    /** VmRSS of the broker and every service, in kB, now. */
    public Map<String, Long> residentKb() {
        Map<String, Long> resident = new LinkedHashMap<>();
        startup.keySet().forEach(part -> ProcStat.residentKb(pids.get(part))
                .ifPresent(kb -> resident.put(part, kb)));
        return resident;
    }

    /** Stops every service but {@code kept} (SIGKILL: nothing they would do on the way out is measured). */
    public void stopAllBut(String kept) {
        services.forEach((service, process) -> {
            if (!service.equals(kept)) {
                process.kill();
            }
        });
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        kafka.close();
    }
}
