package org.scaleplan.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.scaleplan.contracts.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Scaleplan's public topics when they are missing, as a service starts and before any binding exists:
 * with the broker's partition count ({@code num.partitions}) and compaction where the contract says so. Otherwise
 * the first binding to touch a topic creates it with its own count (a consumer binding's is 1), and services that
 * read topics together by system refuse to start on partition counts that differ. Kafka unreachable at that moment
 * is only logged: the services wait for it, and the bindings create what is still missing.
 */
public final class ScaleplanTopics {

    private static final Logger log = LoggerFactory.getLogger(ScaleplanTopics.class);

    /** Creates the missing topics now. */
    public ScaleplanTopics(Map<String, Object> adminConfig) {
        List<NewTopic> topics = Topics.ALL.stream().map(ScaleplanTopics::newTopic).toList();
        Map<String, Object> quick = new HashMap<>(adminConfig);
        // A broker that is not there yet must not hold the service's start-up for long.
        quick.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        quick.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        try {
            MissingTopics.create(quick, topics);
        } catch (IllegalStateException e) {
            log.warn("could not check Scaleplan's topics at start-up ({}); they are created as they are first used",
                    e.getMessage());
        }
    }

    static NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name, Optional.empty(), Optional.empty());
        return Topics.COMPACTED.contains(name)
                ? topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)) : topic;
    }
}
