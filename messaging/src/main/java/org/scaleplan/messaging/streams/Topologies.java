package org.scaleplan.messaging.streams;

import java.util.Collection;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * How Scaleplan's topologies are put together: records are string keys (the system) and JSON bytes, sinks are named
 * after their topics (so {@link StreamRecords#forward} finds them), and stores are persistent and logged.
 */
public final class Topologies {

    private Topologies() {
    }

    /** A sink for each of {@code topics}, named after it, fed by {@code processor}. */
    public static void addSinks(Topology topology, String processor, Collection<String> topics) {
        for (String topic : topics) {
            topology.addSink(topic, topic, Serdes.String().serializer(), Serdes.ByteArray().serializer(), processor);
        }
    }

    /** A persistent key-value store of JSON values for each of {@code stores}, logged to a changelog topic. */
    public static void addStores(Topology topology, String processor, Collection<String> stores) {
        for (String store : stores) {
            topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                    Serdes.String(), Serdes.ByteArray()), processor);
        }
    }
}
