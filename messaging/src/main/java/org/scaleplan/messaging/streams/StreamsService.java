package org.scaleplan.messaging.streams;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.CloseOptions;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a service's Kafka Streams topology for as long as the service runs, and reports its state as health: UP
 * while running or rebalancing, DOWN otherwise. Before starting it prepares the topics (creates those missing,
 * checks partitions), so a fresh cluster needs no set-up and Streams never starts without its sources.
 */
public class StreamsService implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StreamsService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Topology topology;
    private final Map<String, Object> config;
    private final Consumer<Map<String, Object>> prepareTopics;
    private volatile KafkaStreams streams;

    /**
     * @param prepareTopics given an admin client config, makes the topics ready before the topology starts
     */
    public StreamsService(Topology topology, Map<String, Object> streamsConfig,
            Consumer<Map<String, Object>> prepareTopics) {
        this.topology = topology;
        this.config = Map.copyOf(streamsConfig);
        this.prepareTopics = prepareTopics;
    }

    /** The changelog topic of {@code store} (Kafka Streams' naming: application id, store, "changelog"). */
    public String changelog(String store) {
        return config.get(StreamsConfig.APPLICATION_ID_CONFIG) + "-" + store + "-changelog";
    }

    @Override
    public void start() {
        prepareTopics.accept(Map.of(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)));
        Properties properties = new Properties();
        properties.putAll(config);
        streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
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
