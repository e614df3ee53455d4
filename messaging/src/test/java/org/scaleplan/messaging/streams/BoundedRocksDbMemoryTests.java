package org.scaleplan.messaging.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedRocksDbMemoryTests {

    @Test
    void everyStoreSharesTheWriteBuffersAndCachesItsIndexesAndFilters() {
        // Made first, as Kafka Streams makes it: before anything has loaded RocksDB's native code.
        BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
        try (Options costs = new Options(); Options alerts = new Options()) {
            costs.setTableFormatConfig(new BlockBasedTableConfig());
            alerts.setTableFormatConfig(new BlockBasedTableConfig());

            setter.setConfig("costs", costs, Map.of());
            new BoundedRocksDbMemory().setConfig("alerts", alerts, Map.of());

            assertThat(costs.writeBufferManager()).isNotNull().isSameAs(alerts.writeBufferManager());
            assertThat(((BlockBasedTableConfig) costs.tableFormatConfig()).cacheIndexAndFilterBlocks()).isTrue();
            assertThat(((BlockBasedTableConfig) alerts.tableFormatConfig()).pinTopLevelIndexAndFilter()).isTrue();
        }
    }
}
