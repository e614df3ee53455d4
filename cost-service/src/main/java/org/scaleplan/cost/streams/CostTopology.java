package org.scaleplan.cost.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import org.scaleplan.cost.evaluation.CostEvaluation;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.MissingTopics;
import org.scaleplan.messaging.streams.Topologies;

/**
 * cost-service's Kafka Streams topology: samples, phase changes and budgets, all keyed by system, → one processor
 * with one store of {@link org.scaleplan.cost.evaluation.SystemCosts} per system → the cost events and dead-letter
 * topics. The three sources are co-partitioned, so one task holds everything about a system; the store is logged to
 * a changelog topic, so a system's month-to-date moves with its partition and survives any restart. Each task sweeps
 * its store on stream time, so what has gone leaves it in a replay exactly where it left live.
 */
public final class CostTopology {

    /** The producing service named on every record written, and the group in the dead-letter topic names. */
    public static final String SOURCE_NAME = EventTypes.COST_SERVICE;

    /** Per system: its {@link org.scaleplan.cost.evaluation.SystemCosts}. */
    public static final String COSTS = "costs";

    static final List<String> SOURCES = List.of(Topics.METRICS, Topics.PHASE_CHANGES, Topics.BUDGETS);

    private static final String PROCESSOR = "cost";

    private CostTopology() {
    }

    /**
     * Creates the topics the topology reads and writes when missing (the budgets topic compacted, with as many
     * partitions as the samples topic), and checks that the sources are co-partitioned.
     */
    public static void prepareTopics(Map<String, Object> adminConfig) {
        List<NewTopic> shared = new ArrayList<>();
        for (String topic : List.of(Topics.METRICS, Topics.PHASE_CHANGES, Topics.COST_EVENTS)) {
            shared.add(new NewTopic(topic, Optional.empty(), Optional.empty()));
        }
        SOURCES.forEach(source -> shared.add(new NewTopic(deadLetters(source), Optional.empty(), Optional.empty())));
        MissingTopics.create(adminConfig, shared);
        int partitions = MissingTopics.partitions(adminConfig, List.of(Topics.METRICS)).get(Topics.METRICS);
        MissingTopics.create(adminConfig, List.of(new NewTopic(Topics.BUDGETS, Optional.of(partitions),
                Optional.empty()).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        MissingTopics.requireCopartitioned(adminConfig, SOURCES);
    }

    /**
     * @param sweepInterval how often, in stream time, each task's store is swept for what has gone
     * @param meters where the store's size ({@link StoreSizes}) and the samples not counted are reported
     * @param bounds where a sample that met a limit of a system's state is reported
     */
    public static Topology build(Supplier<CostEvaluation> evaluations, Duration sweepInterval, MeterRegistry meters,
            Bounds bounds) {
        StoreSizes sizes = new StoreSizes(COSTS, meters);
        Topology topology = new Topology();
        topology.addSource("sources", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                SOURCES.toArray(String[]::new));
        topology.addProcessor(PROCESSOR, () -> new CostProcessor(evaluations.get(), sweepInterval, sizes, meters,
                bounds), "sources");
        Topologies.addStores(topology, PROCESSOR, List.of(COSTS));
        Topologies.addSinks(topology, PROCESSOR, List.of(Topics.COST_EVENTS));
        Topologies.addSinks(topology, PROCESSOR, SOURCES.stream().map(CostTopology::deadLetters).toList());
        return topology;
    }

    static String deadLetters(String source) {
        return Topics.deadLetter(source, SOURCE_NAME);
    }
}
