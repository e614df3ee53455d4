package org.scaleplan.security.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.scaleplan.security.detection.StateKeys;

/**
 * What one task's detection store holds, kept in memory beside it and rebuilt from it when the task starts: the
 * keys with a lifetime in the order they go, so a sweep reads only what may have gone instead of the whole store;
 * how many keys of each kind each system has, for the bounds; and how many keys and bytes the store holds. About
 * 250 bytes of heap per key with a lifetime; distinct values are only counted.
 */
final class StoreIndex {

    /** @param bytes what the key and its value take in the store */
    private record Entry(long goneAt, String key, int bytes) {
    }

    private static final Comparator<Entry> GOING = Comparator.comparingLong(Entry::goneAt).thenComparing(Entry::key);

    private final Map<String, Entry> timed = new HashMap<>();
    private final TreeSet<Entry> going = new TreeSet<>(GOING);
    private final Map<String, Integer> counts = new HashMap<>();
    private volatile long size;
    private volatile long bytes;

    /**
     * Notes that {@code key} holds {@code stored} bytes, and has gone at stream time {@code goneAt} unless it
     * changes first (null: it has no lifetime of its own).
     *
     * @param before the bytes it held before; null when it is a new key
     */
    void put(String key, @Nullable Instant goneAt, int stored, @Nullable Integer before) {
        unindex(key);
        if (goneAt != null) {
            Entry entry = new Entry(goneAt.toEpochMilli(), key, stored);
            timed.put(key, entry);
            going.add(entry);
        }
        if (before == null) {
            counts.merge(group(key), 1, Integer::sum);
            size++;
        }
        bytes += stored - (before == null ? 0 : before);
    }

    /** Notes that {@code key} no longer holds state; {@code stored}: the bytes it held, null when it held none. */
    void remove(String key, @Nullable Integer stored) {
        unindex(key);
        if (stored != null) {
            counts.computeIfPresent(group(key), (group, count) -> count > 1 ? count - 1 : null);
            size--;
            bytes -= stored;
        }
    }

    /** The bytes {@code key} holds, if it has a lifetime; else null (whether or not the store holds it). */
    @Nullable Integer bytesOf(String key) {
        Entry entry = timed.get(key);
        return entry == null ? null : entry.bytes();
    }

    int count(String kind, String system) {
        return counts.getOrDefault(kind + "|" + system, 0);
    }

    /** The keys whose lifetime ends by stream time {@code by}, soonest first. */
    List<String> ending(Instant by) {
        List<String> keys = new ArrayList<>();
        for (Entry entry : going.headSet(new Entry(by.toEpochMilli(), "\uffff", 0), true)) {
            keys.add(entry.key());
        }
        return keys;
    }

    /** All keys of the store; read from any thread, for the store-size gauges. */
    long size() {
        return size;
    }

    /** What all keys and values of the store take; read from any thread, for the store-size gauges. */
    long bytes() {
        return bytes;
    }

    private void unindex(String key) {
        Entry entry = timed.remove(key);
        if (entry != null) {
            going.remove(entry);
        }
    }

    private static String group(String key) {
        return StateKeys.kind(key) + "|" + StateKeys.system(key);
    }
}
