package org.scaleplan.bench.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.scaleplan.bench.Progress;
import org.scaleplan.bench.stack.CpuMeter;
import org.scaleplan.contracts.Topics;
import org.scaleplan.testsupport.Processes;

/**
 * The raw producer baseline: {@code org.apache.kafka.tools.ProducerPerformance} (kafka-tools, inside this jar) in a
 * process of its own, {@code acks=all}, as fast as it can, to a topic with as many partitions as the metrics topic.
 */
public final class ProducerBaseline {

    public static final String TOPIC = "bench.producer-perf";
    public static final String JVM = "-Xmx512m";

    private ProducerBaseline() {
    }

    public static BaselineResult run(String bootstrapServers, int recordSize, long records, CpuMeter meter,
            Progress progress) {
        int partitions = createTopic(bootstrapServers);
        try {
            Process perf = new ProcessBuilder(command(bootstrapServers, recordSize, records))
                    .redirectErrorStream(true).start();
            CpuMeter perfMeter = meter.with("producer perf", perf.pid());
            perfMeter.start();
            Map<String, Double> cores = new LinkedHashMap<>();
            ProducerPerfSummary summary = summary(perf, progress, () -> cores.putAll(perfMeter.cores()))
                    .orElseThrow(() -> new IllegalStateException("ProducerPerformance printed no summary line (exit "
                            + perf.exitValue() + ")"));
            return new BaselineResult(recordSize, partitions, summary, cores);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(String bootstrapServers, int recordSize, long records) {
        List<String> command = new ArrayList<>(List.of(Processes.jdkTool("java"), JVM, "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance"));
        command.addAll(arguments(bootstrapServers, recordSize, records));
        return command;
    }

    /** The tool's command line after its class name, for the report too. */
    public static List<String> arguments(String bootstrapServers, int recordSize, long records) {
        return List.of("--topic", TOPIC, "--num-records", String.valueOf(records), "--record-size",
                String.valueOf(recordSize), "--throughput", "-1", "--producer-props", "acks=all",
                "bootstrap.servers=" + bootstrapServers);
    }

    /** Reads the tool's output to its summary line; {@code atSummary} runs then, while the tool is still alive. */
    private static Optional<ProducerPerfSummary> summary(Process perf, Progress progress, Runnable atSummary)
            throws IOException, InterruptedException {
        Optional<ProducerPerfSummary> summary = Optional.empty();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(perf.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                progress.info("producer perf: " + line);
                Optional<ProducerPerfSummary> parsed = ProducerPerfSummary.parse(line);
                if (parsed.isPresent()) {
                    atSummary.run();
                    summary = parsed;
                }
            }
        }
        perf.waitFor(60, TimeUnit.SECONDS);
        return summary;
    }

    /** Creates the tool's topic, with as many partitions as the metrics topic; answers that count. */
    private static int createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int partitions = admin.describeTopics(List.of(Topics.METRICS)).allTopicNames().get()
                    .get(Topics.METRICS).partitions().size();
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
            return partitions;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create " + TOPIC + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
