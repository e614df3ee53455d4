package org.scaleplan.cli.events;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Moves records from a group-less consumer to the output, one {@link Line} each, until {@link #stop()}. It assigns
 * every partition of the topics itself: a tail must not join a consumer group, where it would take records away
 * from a real consumer or leave committed offsets behind. A topic that does not exist yet (the tail started before
 * the services) is looked for again every {@code recheck} and then read from its beginning, since all of it is new.
 */
final class Tail {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private final Consumer<String, byte[]> consumer;
    private final EventsOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Duration recheck;
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    Tail(Consumer<String, byte[]> consumer, EventsOptions options, PrintStream out, PrintStream err,
            Duration recheck) {
        this.consumer = consumer;
        this.options = options;
        this.out = out;
        this.err = err;
        this.recheck = recheck;
    }

    /** Prints records until {@link #stop()} is called from another thread; the caller closes the consumer. */
    void run() {
        try {
            assign(options.topics(), options.fromBeginning());
            long nextCheck = System.nanoTime() + recheck.toNanos();
            while (stopped.getCount() > 0) {
                poll();
                if (!missing.isEmpty() && System.nanoTime() - nextCheck >= 0) {
                    assign(List.copyOf(missing), true);
                    nextCheck = System.nanoTime() + recheck.toNanos();
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stop() woke the consumer (or this thread) up: the tail ends normally.
        }
    }

    /** Ends {@link #run()} within a poll timeout; safe to call from any thread, e.g. a shutdown hook. */
    void stop() {
        stopped.countDown();
        consumer.wakeup();
    }

    private void poll() throws InterruptedException {
        if (assigned.isEmpty()) {
            // A consumer with no partitions may not poll; wait for the topics to appear instead.
            stopped.await(POLL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL_TIMEOUT)) {
            if (options.wants(record.key())) {
                out.println(options.json() ? Line.json(record) : Line.of(record));
            }
        }
    }

    private void assign(List<String> topics, boolean fromBeginning) {
        List<TopicPartition> found = topics.stream().flatMap(topic -> partitions(topic).stream()).toList();
        if (found.isEmpty()) {
            return;
        }
        assigned.addAll(found);
        consumer.assign(assigned);
        if (fromBeginning) {
            consumer.seekToBeginning(found);
        } else {
            consumer.seekToEnd(found);
        }
    }

    /** The partitions of {@code topic}; none while it does not exist, and then it is remembered as missing. */
    private List<TopicPartition> partitions(String topic) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            if (missing.add(topic)) {
                err.println("events: " + topic + " does not exist yet; waiting for it");
            }
            return List.of();
        }
        missing.remove(topic);
        return partitions.stream().map(partition -> new TopicPartition(topic, partition.partition())).toList();
    }
}
