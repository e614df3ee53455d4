package org.scaleplan.security.streams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.scaleplan.security.detection.Lifetime;
import org.scaleplan.security.detection.Scenario.Source;
import org.scaleplan.security.detection.StateKeys;

/**
 * What one task's detection store holds, kept in memory beside it and rebuilt from it when the task starts: the
 * keys with a lifetime in the order they end, so a sweep reads only what may have ended instead of the whole
 * store, and how many keys of each kind each system has, for the bounds and the store's size. About 250 bytes of
 * heap per key with a lifetime; distinct values are only counted.
 */
final class StoreIndex {

    private record Entry(Source source, long end, String key) {
    }

    private static final Comparator<Entry> ENDING = Comparator.comparingLong(Entry::end).thenComparing(Entry::key);

    private final Map<String, Entry> timed = new HashMap<>();
    private final Map<Source, TreeSet<Entry>> ending = new EnumMap<>(Source.class);
    private final Map<String, Integer> counts = new HashMap<>();
    private volatile long size;

    /** Notes that {@code key} holds state that lives for {@code lifetime}; {@code added} when it is a new key. */
    void put(String key, @Nullable Lifetime lifetime, boolean added) {
        unindex(key);
        if (lifetime != null) {
            Entry entry = new Entry(lifetime.source(), lifetime.end().toEpochMilli(), key);
            timed.put(key, entry);
            ending.computeIfAbsent(lifetime.source(), source -> new TreeSet<>(ENDING)).add(entry);
        }
        if (added) {
            counts.merge(group(key), 1, Integer::sum);
            size++;
        }
    }

    /** Notes that {@code key} no longer holds state; {@code existed} when it did. */
    void remove(String key, boolean existed) {
        unindex(key);
        if (existed) {
            counts.computeIfPresent(group(key), (group, count) -> count > 1 ? count - 1 : null);
            size--;
        }
    }

    /** Whether {@code key} holds state with a lifetime. */
    boolean has(String key) {
        return timed.containsKey(key);
    }

    int count(String kind, String system) {
        return counts.getOrDefault(kind + "|" + system, 0);
    }

    /** The keys judged by {@code source} whose lifetime ends by {@code by}, soonest first. */
    List<String> ending(Source source, Instant by) {
        TreeSet<Entry> entries = ending.get(source);
        if (entries == null) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (Entry entry : entries.headSet(new Entry(source, by.toEpochMilli(), "\uffff"), true)) {
            keys.add(entry.key());
        }
        return keys;
    }

    /** All keys of the store; read from any thread, for the store-size gauge. */
    long size() {
        return size;
    }

    private void unindex(String key) {
        Entry entry = timed.remove(key);
        if (entry != null) {
            ending.get(entry.source()).remove(entry);
        }
    }

    private static String group(String key) {
        String system = StateKeys.system(key);
        return StateKeys.kind(key) + "|" + (system == null ? "" : system);
    }
}
