package org.scaleplan.bench.soak;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scaleplan.bench.soak.check.StoreGrowthCheck.Size;

/**
 * A service's own account of its state, from {@code /actuator/prometheus}: {@code scaleplan_store_keys{store=...}} and
 * {@code scaleplan_store_bytes{store=...}}, summed per store over the lines (tags) a store has.
 */
final class StoreGauges {

    private static final Pattern LINE = Pattern.compile(
            "^scaleplan_store_(keys|bytes)\\{(?:[^}]*,)?store=\"([^\"]+)\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

    private StoreGauges() {
    }

    /** Each store's keys and bytes (bytes absent where the service does not report them); empty for none. */
    static Map<String, Size> parse(String exposition) {
        Map<String, Long> keys = new TreeMap<>();
        Map<String, Long> bytes = new TreeMap<>();
        Matcher line = LINE.matcher(exposition);
        while (line.find()) {
            long value = Math.round(Double.parseDouble(line.group(3)));
            (line.group(1).equals("keys") ? keys : bytes).merge(line.group(2), value, Long::sum);
        }
        Map<String, Size> sizes = new TreeMap<>();
        keys.forEach((store, count) -> sizes.put(store, new Size(count, bytes.get(store))));
        return sizes;
    }

    static Map<String, Size> read(ServiceApi service) {
        return parse(service.get("/actuator/prometheus"));
    }
}
