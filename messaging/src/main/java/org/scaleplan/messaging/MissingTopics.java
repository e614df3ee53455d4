package org.scaleplan.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service needs before it starts using them, when they do not exist yet: a fresh cluster needs
 * no set-up, and a reader never starts on a topic that is not there. Existing topics are left as they are.
 */
public final class MissingTopics {

    private static final Logger log = LoggerFactory.getLogger(MissingTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MissingTopics() {
    }

    /**
     * @param partitions each topic with its partitions; empty for the broker's default
     */
    public static void create(Map<String, Object> adminConfig, Map<String, Optional<Integer>> partitions) {
        create(adminConfig, partitions.entrySet().stream()
                .map(topic -> new NewTopic(topic.getKey(), topic.getValue(), Optional.empty()))
                .toList());
    }

    /** Creates those of {@code topics} that do not exist, with their partitions and configs. */
    public static void create(Map<String, Object> adminConfig, Collection<NewTopic> topics) {
        List<String> names = topics.stream().map(NewTopic::name).toList();
        try (Admin admin = Admin.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + names, e.getCause());
            }
        } catch (TimeoutException e) {
            throw timedOut("creating topics " + names, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The number of partitions of each of {@code topics}, which must exist. A topic created a moment ago may not be
     * known to the broker's metadata yet: that is asked again for up to {@link #TIMEOUT}.
     */
    public static Map<String, Integer> partitions(Map<String, Object> adminConfig, Collection<String> topics) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    return admin.describeTopics(topics).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                            .values().stream()
                            .collect(Collectors.toMap(TopicDescription::name, topic -> topic.partitions().size()));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not describe topics " + topics, e.getCause());
        } catch (TimeoutException e) {
            throw timedOut("describing topics " + topics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks that topics read together by system have the same number of partitions, so that a system's records on
     * each of them land in the same task.
     *
     * @throws IllegalStateException naming each topic's partitions when they differ
     */
    public static void requireCopartitioned(Map<String, Object> adminConfig, Collection<String> topics) {
        Map<String, Integer> partitions = partitions(adminConfig, topics);
        if (new HashSet<>(partitions.values()).size() > 1) {
            throw new IllegalStateException("topics read together by system must have the same number of "
                    + "partitions, but they have " + new TreeMap<>(partitions)
                    + "; add partitions to the smaller ones");
        }
    }

    private static IllegalStateException timedOut(String what, TimeoutException e) {
        return new IllegalStateException("Kafka did not answer within " + TIMEOUT + " while " + what, e);
    }
}
