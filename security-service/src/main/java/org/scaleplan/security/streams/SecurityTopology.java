package org.scaleplan.security.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.scaleplan.contracts.EventTypes;
import org.scaleplan.contracts.Topics;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.MissingTopics;
import org.scaleplan.messaging.streams.Topologies;
import org.scaleplan.security.decisions.DecisionCommand;
import org.scaleplan.security.decisions.DecisionLimits;
import org.scaleplan.security.detection.Detection;
import org.scaleplan.security.posture.PosturePlan;

/**
 * security-service's Kafka Streams topology: samples, Scaleplan's own access events, incident-service's action
 * requests, phase changes and its own commands, all keyed by system, → one processor with a store of detection
 * state and one of each system's decisions → {@code scaleplan.security-events.v1} and the dead-letter topics. Access
 * events of Scaleplan's own APIs are passed through the commands topic keyed {@code scaleplan}, so one task owns
 * every decision about Scaleplan itself.
 */
public final class SecurityTopology {

    /** The producing service named on every record written, and the group in the dead-letter topic names. */
    public static final String SOURCE_NAME = EventTypes.SECURITY_SERVICE;

    /** Detection's state: per counter series, bucket, distinct value and surge (see StateKeys). */
    public static final String DETECTION = "detection";

    /** Per system: its {@link org.scaleplan.security.decisions.DecisionBook}. */
    public static final String DECISIONS = "decisions";

    static final List<String> SOURCES = List.of(Topics.METRICS, Topics.SECURITY_EVENTS, Topics.INCIDENT_EVENTS,
            Topics.PHASE_CHANGES, DecisionCommand.TOPIC);

    private static final String PROCESSOR = "secure";

    private SecurityTopology() {
    }

    /** Creates the topics it reads and writes when missing, and checks that its sources are co-partitioned. */
    public static void prepareTopics(Map<String, Object> adminConfig) {
        List<NewTopic> topics = new ArrayList<>();
        SOURCES.forEach(topic -> topics.add(new NewTopic(topic, Optional.empty(), Optional.empty())));
        SOURCES.forEach(topic -> topics.add(new NewTopic(deadLetters(topic), Optional.empty(), Optional.empty())));
        MissingTopics.create(adminConfig, topics);
        MissingTopics.requireCopartitioned(adminConfig, SOURCES);
    }

    /**
     * What the topology's processor works with.
     *
     * @param sweepInterval how much stream time passes between sweeps of detection's state
     * @param clock the wall clock decisions expire by
     */
    public record Parts(Detection detection, PosturePlan posture, DecisionLimits decisionLimits,
            Duration sweepInterval, Clock clock, MeterRegistry meters, Bounds bounds) {
    }

    /**
     * The topology; the sizes of its stores are the gauges {@value StoreSizes#KEYS} and {@value StoreSizes#BYTES}
     * of {@code parts.meters()}.
     */
    public static Topology build(Parts parts) {
        StoreSizes sizes = new StoreSizes(parts.meters(), List.of(DETECTION, DECISIONS));
        Topology topology = new Topology();
        topology.addSource("sources", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                SOURCES.toArray(String[]::new));
        topology.addProcessor(PROCESSOR, () -> new SecurityProcessor(parts, sizes), "sources");
        Topologies.addStores(topology, PROCESSOR, List.of(DETECTION, DECISIONS));
        Topologies.addSinks(topology, PROCESSOR, List.of(Topics.SECURITY_EVENTS, DecisionCommand.TOPIC));
        Topologies.addSinks(topology, PROCESSOR, SOURCES.stream().map(SecurityTopology::deadLetters).toList());
        return topology;
    }

    static String deadLetters(String source) {
        return Topics.deadLetter(source, SOURCE_NAME);
    }
}
