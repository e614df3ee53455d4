package org.scaleplan.messaging;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Where a {@link TopicFold} is, as its health says it: UP only when its view is complete and kept. */
record FoldState(String topic, Status status, String reason) {

    static FoldState notStarted(String topic) {
        return new FoldState(topic, Status.DOWN, "not started");
    }

    static FoldState starting(String topic) {
        return new FoldState(topic, Status.OUT_OF_SERVICE, "starting: looking for the topic's partitions");
    }

    FoldState waitingForTopic() {
        return with(Status.OUT_OF_SERVICE, "waiting for the topic to be created");
    }

    FoldState failed(RuntimeException error, Duration retryIn) {
        return with(Status.OUT_OF_SERVICE, "reading failed, trying again in " + retryIn.toMillis() + " ms: "
                + error);
    }

    FoldState catchingUp(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> endAtStart) {
        long behind = endAtStart.entrySet().stream()
                .mapToLong(end -> Math.max(0, end.getValue() - positions.getOrDefault(end.getKey(), 0L)))
                .sum();
        return with(Status.OUT_OF_SERVICE, "catching up: " + behind + " records to read to where the topic was "
                + "when the fold started");
    }

    FoldState caughtUp() {
        return status == Status.UP ? this : with(Status.UP, "caught up; following the topic");
    }

    FoldState stopped() {
        return with(Status.DOWN, "stopped");
    }

    FoldState ended(Throwable error) {
        return with(Status.DOWN, "ended on an error, the view is no longer kept: " + error);
    }

    Health health() {
        return Health.status(status).withDetail("topic", topic).withDetail("reason", reason).build();
    }

    private FoldState with(Status next, String why) {
        return new FoldState(topic, next, why);
    }
}
