package org.scaleplan.messaging;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of one {@link TopicFold}: assigns the topic's partitions, reads them into the view until stopped and
 * keeps its {@link FoldState}. A failure (the broker not up yet, a time-out) never ends it: it shows in the state
 * and is tried again after a back-off that doubles from {@link TopicFold#FIRST_RETRY} up to
 * {@link TopicFold#MAX_RETRY}.
 */
final class FoldReader implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FoldReader.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaConsumer<String, byte[]> kafka;
    private final String topic;
    private final boolean fromEnd;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Runnable onCaughtUp;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile FoldState state;
    private volatile Map<TopicPartition, Long> positions = Map.of();
    private Map<TopicPartition, Long> endAtStart = Map.of();
    private boolean assigned;
    private boolean caughtUp;

    FoldReader(KafkaConsumer<String, byte[]> kafka, String topic, boolean fromEnd,
            Consumer<ConsumerRecord<String, byte[]>> handler, Runnable onCaughtUp) {
        this.kafka = kafka;
        this.topic = topic;
        this.fromEnd = fromEnd;
        this.handler = handler;
        this.onCaughtUp = onCaughtUp;
        this.state = FoldState.starting(topic);
    }

    @Override
    public void run() {
        try (kafka) {
            read();
            state = state.stopped();
        } catch (RuntimeException | Error e) {
            state = state.ended(e);
            log.error("the fold of {} ended; its view is no longer kept", topic, e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    void stop() {
        running = false;
        stopping.countDown();
        kafka.wakeup();
    }

    boolean running() {
        return running;
    }

    FoldState state() {
        return state;
    }

    Map<TopicPartition, Long> positions() {
        return positions;
    }

    private void read() {
        boolean existed = true;
        Duration backOff = TopicFold.FIRST_RETRY;
        while (running) {
            try {
                if (!assigned && !assign(existed)) {
                    existed = false;
                    state = state.waitingForTopic();
                    pause(TopicFold.FIRST_RETRY);
                    continue;
                }
                poll();
                backOff = TopicFold.FIRST_RETRY;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("reading {} failed; trying again in {} ms: {}", topic, backOff.toMillis(), e.toString());
                state = state.failed(e, backOff);
                pause(backOff);
                backOff = Collections.min(List.of(backOff.multipliedBy(2), TopicFold.MAX_RETRY));
            }
        }
    }

    /**
     * @param existed whether the topic was there when the fold started: a tail of a newer topic reads all of it
     * @return whether the topic exists; only then is the consumer assigned its partitions
     */
    private boolean assign(boolean existed) {
        List<TopicPartition> partitions = kafka.partitionsFor(topic, METADATA_TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return false;
        }
        kafka.assign(partitions);
        if (fromEnd && existed) {
            kafka.seekToEnd(partitions);
        } else {
            kafka.seekToBeginning(partitions);
        }
        endAtStart = kafka.endOffsets(partitions);
        assigned = true;
        return true;
    }

    private void poll() {
        kafka.poll(Duration.ofMillis(500)).forEach(handler);
        positions = kafka.assignment().stream().collect(Collectors.toUnmodifiableMap(p -> p, kafka::position));
        if (!caughtUp && endAtStart.entrySet().stream()
                .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
            caughtUp = true;
            onCaughtUp.run();
        }
        state = caughtUp ? state.caughtUp() : state.catchingUp(positions, endAtStart);
    }

    /** Waits {@code delay}, or less if the fold is stopped meanwhile. */
    private void pause(Duration delay) {
        try {
            stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
