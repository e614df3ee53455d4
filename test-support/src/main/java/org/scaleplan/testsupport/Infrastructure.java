package org.scaleplan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker and a real Redis for integration tests, one of each per test JVM, started on first use
 * and stopped when the JVM exits. Where a Docker daemon answers they are Testcontainers with pinned images;
 * otherwise an in-process KRaft broker and a {@code redis-server} process on a free port. Tests see only
 * addresses, so the same test code runs either way. {@code SCALEPLAN_TEST_INFRA=local|docker} forces a choice.
 */
public final class Infrastructure {

    private static final Properties IMAGES = images();

    /**
     * Tests publish samples with fixed event times, and services stamp their decisions with those times: the broker
     * keeps records of any age, or a retention pass (here every second, from the start, so a regression shows at
     * once) would delete a test's events while it runs.
     */
    static final Map<String, String> RETENTION = Map.of("log.retention.ms", "-1",
            "log.retention.check.interval.ms", "1000", "log.initial.task.delay.ms", "0");
    /** The system properties an {@link EmbeddedKafkaKraftBroker} sets to its own address when it starts. */
    private static final List<String> BROKER_PROPERTIES = List.of("spring.kafka.bootstrap-servers",
            EmbeddedKafkaKraftBroker.SPRING_EMBEDDED_KAFKA_BROKERS);
    private static String kafka;
    private static RedisEndpoint redis;

    private Infrastructure() {
    }

    /** {@code host:port} of the broker, for {@code spring.kafka.bootstrap-servers}. */
    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = useDocker() ? startKafkaContainer() : startEmbeddedKafka();
        }
        return kafka;
    }

    public static synchronized RedisEndpoint redis() {
        if (redis == null) {
            redis = useDocker() ? startRedisContainer() : RedisProcess.start().endpoint();
        }
        return redis;
    }

    private static String startKafkaContainer() {
        KafkaContainer container = new KafkaContainer(IMAGES.getProperty("kafka"));
        RETENTION.forEach((name, value) -> container.withEnv("KAFKA_" + name.toUpperCase(Locale.ROOT)
                .replace('.', '_'), value));
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return container.getBootstrapServers();
    }

    /**
     * An in-process broker of the test's own, with nothing on it but what the test writes: for a test that needs a
     * topic's whole history to be its own (records stamped long ago, say). The caller destroys it.
     */
    public static synchronized EmbeddedKafkaKraftBroker ownKafka() {
        // A starting broker points the JVM's system properties at itself; the tests that follow must keep the shared
        // broker (or, before it starts, none).
        Map<String, String> shared = new HashMap<>();
        BROKER_PROPERTIES.forEach(name -> shared.put(name, System.getProperty(name)));
        EmbeddedKafkaKraftBroker broker = startedKafka();
        shared.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        return broker;
    }

    private static EmbeddedKafkaKraftBroker startedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        Map<String, String> properties = new HashMap<>(RETENTION);
        // One broker: the transaction log (exactly-once writers such as phase-evaluator) must fit on it.
        properties.putAll(Map.of("group.initial.rebalance.delay.ms", "0",
                "log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024),
                "transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1"));
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
        return broker;
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = startedKafka();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }

    private static RedisEndpoint startRedisContainer() {
        GenericContainer<?> container = new GenericContainer<>(IMAGES.getProperty("redis")).withExposedPorts(6379);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new RedisEndpoint(container.getHost(), container.getMappedPort(6379));
    }

    private static boolean useDocker() {
        String forced = System.getenv().getOrDefault("SCALEPLAN_TEST_INFRA", "").toLowerCase(Locale.ROOT);
        return switch (forced) {
            case "docker" -> true;
            case "local" -> false;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
    }

    private static Properties images() {
        try (InputStream in = Infrastructure.class.getResourceAsStream("images.properties")) {
            Properties images = new Properties();
            images.load(in);
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
