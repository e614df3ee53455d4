package org.scaleplan.bench.soak.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * phase-evaluator decides as a replay of the same samples does: for each kind of decision (phase changes and
 * forecasts, alerts firing and resolved), the {@code eventId}s on its topics are exactly those a replay of the whole
 * range makes, none missing, none extra, none twice.
 */
public final class ReplayCheck {

    private static final int SHOWN = 3;

    private ReplayCheck() {
    }

    /** @param live and {@code replayed}: the eventIds of each decision type ({@code ce_type}) */
    public static CheckResult check(Map<String, List<UUID>> live, Map<String, List<UUID>> replayed) {
        List<String> violations = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>(live.keySet());
        types.addAll(replayed.keySet());
        for (String type : types) {
            Map<UUID, Integer> published = counted(live.getOrDefault(type, List.of()));
            Map<UUID, Integer> decided = counted(replayed.getOrDefault(type, List.of()));
            counts.add(String.format("%s %,d = %,d", shortName(type), total(published), total(decided)));
            differ(type + ": on the topic, not in the replay", published, decided, violations);
            differ(type + ": in the replay, not on the topic", decided, published, violations);
            repeated(type + ": on the topic more than once", published, violations);
        }
        return new CheckResult("phase decisions equal a replay", "live = replayed: " + String.join(", ", counts),
                violations);
    }

    private static void differ(String what, Map<UUID, Integer> these, Map<UUID, Integer> those,
            List<String> violations) {
        List<UUID> only = these.keySet().stream().filter(id -> !those.containsKey(id)).sorted().toList();
        if (!only.isEmpty()) {
            violations.add(what + ": " + only.size() + ", e.g. " + only.subList(0, Math.min(SHOWN, only.size())));
        }
    }

    private static void repeated(String what, Map<UUID, Integer> ids, List<String> violations) {
        long twice = ids.values().stream().filter(n -> n > 1).count();
        if (twice > 0) {
            violations.add(what + ": " + twice);
        }
    }

    private static Map<UUID, Integer> counted(Collection<UUID> ids) {
        Map<UUID, Integer> counts = new HashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    private static int total(Map<UUID, Integer> counts) {
        return counts.values().stream().collect(Collectors.summingInt(Integer::intValue));
    }

    /** {@code scaleplan.alert.firing} → {@code alert.firing}. */
    private static String shortName(String type) {
        return type.replaceFirst("^scaleplan\\.", "");
    }
}
