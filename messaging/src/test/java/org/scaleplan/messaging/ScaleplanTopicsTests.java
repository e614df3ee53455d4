package org.scaleplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.Topics;

class ScaleplanTopicsTests {

    @Test
    void createsTopicsWithTheBrokersPartitionCountAndCompactsOnlyTheCompactedOnes() {
        assertThat(ScaleplanTopics.newTopic(Topics.METRICS).numPartitions()).isEqualTo(-1);
        assertThat(ScaleplanTopics.newTopic(Topics.METRICS).configs()).isNullOrEmpty();
        assertThat(ScaleplanTopics.newTopic(Topics.BUDGETS).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(ScaleplanTopics.newTopic(Topics.API_KEYS).configs()).containsEntry("cleanup.policy", "compact");
        assertThat(Topics.COMPACTED).allMatch(Topics.ALL::contains);
    }
}
