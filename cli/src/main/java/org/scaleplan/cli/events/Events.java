package org.scaleplan.cli.events;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The {@code events} command: a {@link Tail} on a real consumer that Ctrl-C stops and closes cleanly. */
public final class Events {

    private static final Duration RECHECK = Duration.ofSeconds(5);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);

    private Events() {
    }

    /** Tails until Ctrl-C; answers the exit status (1 when Kafka cannot be read). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        EventsOptions options = EventsOptions.parse(args);
        try {
            KafkaConsumer<String, byte[]> consumer =
                    new KafkaConsumer<>(properties(options), new StringDeserializer(), new ByteArrayDeserializer());
            tail(new Tail(consumer, options, out, err, RECHECK), consumer);
            return 0;
        } catch (KafkaException e) {
            err.println("events: cannot read from Kafka at " + options.bootstrapServers() + ": " + e.getMessage());
            return 1;
        }
    }

    /** Runs the tail; Ctrl-C stops it, and the shutdown hook waits until the consumer is closed. */
    private static void tail(Tail tail, KafkaConsumer<String, byte[]> consumer) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopAndWait(tail, closed), "events-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            tail.run();
        } finally {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            closed.countDown();
            removeHook(hook);
        }
    }

    /**
     * Consumer settings: no group and no commits (a tail must leave no trace on the cluster), read_committed (the
     * exactly-once services' aborted writes are never shown), and no topic auto-creation (a tail started before the
     * services must not create their topics with the broker's default partition count).
     */
    static Map<String, Object> properties(EventsOptions options) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "scaleplan-cli-events",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                // Only used when retention removed the position being read: go on with the oldest record left.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    }

    public static String usage() {
        return "events [TOPIC...] [--bootstrap-servers=" + EventsOptions.DEFAULT_BOOTSTRAP_SERVERS + "]"
                + " [--from-beginning] [--system=S] [--json]\n"
                + "  Tails Scaleplan's topics, one line per record: time (UTC), type, key (system), gist.\n"
                + "  Default: every topic but metrics, from now on. TOPIC is a full name or an alias:\n"
                + TopicNames.aliases()
                + "  --from-beginning  read every retained record first\n"
                + "  --system=S        only records keyed S\n"
                + "  --json            one JSON object per record (topic, partition, offset, key, type, event)\n";
    }

    private static void stopAndWait(Tail tail, CountDownLatch closed) {
        tail.stop();
        try {
            closed.await(CLOSE_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running and waits for this close.
        }
    }
}
