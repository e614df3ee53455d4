package org.scaleplan.messaging.streams;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the memory of every Kafka Streams store in a service together, outside the Java heap: one block cache of
 * {@value #TOTAL_BYTES} bytes that also holds the stores' indexes, filters and write buffers. Kafka Streams' default
 * gives each store of each partition its own cache and write buffers (about 50 MB each at most), so a service's
 * memory grows with its stores, partitions and state, past any container limit; bounded, a large state costs reads
 * from disk (the page cache) instead. Set as {@code rocksdb.config.setter} in {@code scaleplan-defaults.yml}.
 */
public class BoundedRocksDbMemory implements RocksDBConfigSetter {

    static final long TOTAL_BYTES = 32L * 1024 * 1024;
    static final long WRITE_BUFFER_BYTES = 8L * 1024 * 1024;

    /** One per service (JVM), shared by all its stores: Kafka Streams makes a setter per store. */
    private static final Cache CACHE;
    private static final WriteBufferManager WRITE_BUFFERS;

    static {
        // The setter is made before any store is opened, so before anything else has loaded RocksDB's native code.
        RocksDB.loadLibrary();
        CACHE = new LRUCache(TOTAL_BYTES, -1, false, 0.1);
        WRITE_BUFFERS = new WriteBufferManager(WRITE_BUFFER_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        // Indexes and filters count against the cache too (high priority, so data blocks are evicted first).
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store and live as long as the service.
    }
}
