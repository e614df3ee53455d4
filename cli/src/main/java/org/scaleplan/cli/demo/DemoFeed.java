package org.scaleplan.cli.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.scaleplan.cli.events.Line;
import org.scaleplan.cli.events.TopicNames;
import org.scaleplan.contracts.CloudEventHeaders;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.incident.RunbookStepStarted;

/**
 * The demo's live feed: every record about the demo system on Scaleplan's topics (all but the metrics), one
 * readable line each, counted by type for the summary. It plays the on-call operator too: a runbook step waiting
 * for an approval is approved, and the feed says so.
 */
final class DemoFeed implements Runnable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String system;
    private final DemoApi api;
    private final PrintStream out;
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    DemoFeed(DemoOptions options, DemoApi api, PrintStream out) {
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "scaleplan-demo", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.system = options.system();
        this.api = api;
        this.out = out;
        List<TopicPartition> partitions = TopicNames.defaults().stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    @Override
    public void run() {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(300))) {
                    if (system.equals(record.key())) {
                        show(record);
                    }
                }
            }
        } catch (WakeupException stopping) {
            // stop() ends the feed
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    /** How many records of each type the feed showed, e.g. {@code phase.changed=3}. */
    Map<String, Integer> counts() {
        return new TreeMap<>(counts);
    }

    private void show(ConsumerRecord<String, byte[]> record) {
        out.println(Line.of(record));
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        if (type == null) {
            return;
        }
        String name = new String(type.value(), StandardCharsets.UTF_8).replaceFirst("^scaleplan\\.", "");
        counts.merge(name, 1, Integer::sum);
        if (name.equals("runbook.step-started")) {
            RunbookStepStarted step = EventJson.read(record.value(), RunbookStepStarted.class);
            if (step.stepType().equals("approval")) {
                int status = api.approve(step.incidentId());
                out.println("    demo: approving " + step.runbookId() + "/" + step.stepId() + " as the on-call operator"
                        + (status == 202 ? "" : " (answered " + status + ")"));
            }
        }
    }
}
