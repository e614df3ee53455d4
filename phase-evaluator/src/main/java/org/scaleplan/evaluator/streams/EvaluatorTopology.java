package org.scaleplan.evaluator.streams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import org.scaleplan.evaluator.evaluation.Evaluation;
import org.scaleplan.evaluator.evaluation.Limits;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.MissingTopics;
import org.scaleplan.messaging.streams.Topologies;

/**
 * The evaluator's Kafka Streams topology: {@code scaleplan.metrics.v1} → one processor with three stores → the phase
 * changes, alerts and dead-letter topics. The stores are logged to changelog topics, so a task's state moves with
 * its partition to whichever instance owns it next.
 */
public final class EvaluatorTopology {

    /** The producing service named on every record written, and the group in the dead-letter topic name. */
    public static final String SOURCE_NAME = EventTypes.PHASE_EVALUATOR;

    /** Per system: its {@link org.scaleplan.evaluator.evaluation.Standing}. */
    public static final String STANDINGS = "standings";

    /** Per rule and series ({@code system/Rule{labels}}): its {@link org.scaleplan.evaluator.rules.RuleState}. */
    public static final String ALERTS = "alerts";

    /** Per system: its {@link org.scaleplan.evaluator.evaluation.SystemActivity}. */
    public static final String SYSTEMS = "systems";

    static final List<String> STORES = List.of(STANDINGS, ALERTS, SYSTEMS);

    static final String DEAD_LETTERS = Topics.deadLetter(Topics.METRICS, SOURCE_NAME);

    private static final String SOURCE = "samples";
    private static final String PROCESSOR = "evaluate";

    private EvaluatorTopology() {
    }

    /** Creates the topics the topology reads and writes when missing, with the broker's defaults. */
    public static void createMissingTopics(Map<String, Object> adminConfig) {
        MissingTopics.create(adminConfig, Stream.of(Topics.METRICS, Topics.PHASE_CHANGES, Topics.ALERTS, DEAD_LETTERS)
                .collect(Collectors.toMap(topic -> topic, topic -> Optional.<Integer>empty())));
    }

    /** @param sweepInterval how often, in stream time, the stores are swept for what has gone */
    public static Topology build(Supplier<Evaluation> evaluations, Duration sweepInterval, MeterRegistry meters,
            Bounds bounds, Limits limits) {
        EvaluatorMetrics metrics = new EvaluatorMetrics(meters, bounds, limits);
        Topology topology = new Topology();
        topology.addSource(SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), Topics.METRICS);
        topology.addProcessor(PROCESSOR, () -> new EvaluationProcessor(evaluations, sweepInterval, metrics), SOURCE);
        Topologies.addStores(topology, PROCESSOR, STORES);
        Topologies.addSinks(topology, PROCESSOR, List.of(Topics.PHASE_CHANGES, Topics.ALERTS, DEAD_LETTERS));
        return topology;
    }
}
