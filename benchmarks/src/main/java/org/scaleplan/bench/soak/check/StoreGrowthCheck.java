package org.scaleplan.bench.soak.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * State stays bounded as the fleet churns: each store's keys and bytes at the last checkpoint are at most
 * {@value #FACTOR} times what they were at the first (taken after the warm-up). A service that reports no store
 * figures is named as not reported, not failed: the figures are the services' own.
 */
public final class StoreGrowthCheck {

    public static final double FACTOR = 1.2;

    private StoreGrowthCheck() {
    }

    /** Keys and, where the service reports them, bytes of one store. */
    public record Size(long keys, @Nullable Long bytes) {
    }

    /** The stores of each service, by service and store, at the end of simulated day {@code day}. */
    public record Checkpoint(int day, Map<String, Map<String, Size>> stores) {

        public Checkpoint {
            stores = Map.copyOf(stores);
        }
    }

    public static CheckResult check(List<Checkpoint> checkpoints, List<String> services) {
        Checkpoint first = checkpoints.get(0);
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        List<String> violations = new ArrayList<>();
        List<String> unreported = new ArrayList<>();
        int stores = 0;
        for (String service : services) {
            Map<String, Size> before = first.stores().getOrDefault(service, Map.of());
            if (before.isEmpty()) {
                unreported.add(service);
                continue;
            }
            for (var store : before.entrySet()) {
                stores++;
                compare(service + " " + store.getKey(), store.getValue(),
                        last.stores().getOrDefault(service, Map.of()).get(store.getKey()), violations);
            }
        }
        String summary = String.format("%d stores: day %d within %.1f× day %d%s", stores, last.day(), FACTOR,
                first.day(), unreported.isEmpty() ? "" : "; not reported by " + String.join(", ", unreported));
        return new CheckResult("store sizes", summary, violations);
    }

    private static void compare(String store, Size first, @Nullable Size last, List<String> violations) {
        if (last == null) {
            violations.add(store + ": reported at the first checkpoint, not at the last");
            return;
        }
        if (last.keys() > FACTOR * first.keys()) {
            violations.add(String.format("%s: %,d keys, %.2f× the %,d of the first checkpoint", store, last.keys(),
                    ratio(last.keys(), first.keys()), first.keys()));
        }
        if (first.bytes() != null && last.bytes() != null && last.bytes() > FACTOR * first.bytes()) {
            violations.add(String.format("%s: %,d bytes, %.2f× the %,d of the first checkpoint", store, last.bytes(),
                    ratio(last.bytes(), Objects.requireNonNull(first.bytes())), first.bytes()));
        }
    }

    private static double ratio(long last, long first) {
        return first == 0 ? Double.POSITIVE_INFINITY : last / (double) first;
    }
}
