package org.scaleplan.evaluator.streams;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.CloseOptions;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.MissingTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the evaluator's topology for as long as the service runs, and reports its state as health: UP while
 * running or rebalancing, DOWN otherwise. Before starting it creates the topics it reads and writes when missing
 * (with the broker's defaults), so a fresh cluster needs no set-up and Streams never starts without its source.
 */
public class EvaluatorStreams implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(EvaluatorStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Topology topology;
    private final Map<String, Object> config;
    private volatile KafkaStreams streams;

    public EvaluatorStreams(Topology topology, Map<String, Object> streamsConfig) {
        this.topology = topology;
        this.config = Map.copyOf(streamsConfig);
    }

    /** The changelog topic of {@code store} (Kafka Streams' naming: application id, store, "changelog"). */
    public String changelog(String store) {
        return config.get(StreamsConfig.APPLICATION_ID_CONFIG) + "-" + store + "-changelog";
    }

    @Override
    public void start() {
        createMissingTopics();
        Properties properties = new Properties();
        properties.putAll(config);
        streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("evaluator stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    private void createMissingTopics() {
        Map<String, Optional<Integer>> brokerDefault = Stream.of(Topics.METRICS, Topics.PHASE_CHANGES,
                Topics.ALERTS, EvaluatorTopology.DEAD_LETTERS)
                .collect(Collectors.toMap(topic -> topic, topic -> Optional.empty()));
        MissingTopics.create(Map.of("bootstrap.servers", config.get("bootstrap.servers")), brokerDefault);
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            // Leaving the group hands this instance's partitions over at once instead of after the session timeout.
            running.close(new CloseOptions().timeout(CLOSE_TIMEOUT).leaveGroup(true));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    @Override
    public Health health() {
        KafkaStreams running = streams;
        if (running == null) {
            return Health.down().withDetail("state", "NOT_STARTED").build();
        }
        KafkaStreams.State state = running.state();
        Health.Builder health = state.isRunningOrRebalancing() ? Health.up() : Health.down();
        return health.withDetail("state", state.name()).build();
    }
}
