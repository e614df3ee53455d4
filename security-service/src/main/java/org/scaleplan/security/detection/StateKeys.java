package org.scaleplan.security.detection;

/**
 * The keys of detection's state. Each starts with its kind and then names the system, so systems never share
 * state and a prefix finds all of a kind:
 * <ul>
 * <li>{@code series|shop-prod|auth_failures_total|{client_ip="203.0.113.7",user="alice"}}: a counter series;
 * <li>{@code bucket|shop-prod|auth-failure-spike|203.0.113.7}: a scenario's bucket of one group value;
 * <li>{@code distinct|shop-prod|credential-stuffing|203.0.113.7|alice}: a distinct value counted in that bucket's
 *     life (the group's {@code \} and {@code |} escaped, so no two buckets share a value);
 * <li>{@code surge|shop-prod|traffic-surge}: a system's traffic for a surge scenario.
 * </ul>
 * Systems and scenario ids hold no {@code |}, so what follows them is the group value, whatever it holds.
 */
public final class StateKeys {

    public static final String SERIES = "series";
    public static final String BUCKET = "bucket";
    public static final String DISTINCT = "distinct";
    public static final String SURGE = "surge";

    private static final String SEPARATOR = "|";

    private StateKeys() {
    }

    static String bucket(String system, String scenario, String group) {
        return String.join(SEPARATOR, BUCKET, system, scenario, group);
    }

    /** What every distinct value of the bucket {@code bucketKey} is keyed by, then the value. */
    static String distinctValues(String bucketKey) {
        String[] parts = bucketKey.split("\\|", 4);
        String group = parts[3].replace("\\", "\\\\").replace(SEPARATOR, "\\|");
        return String.join(SEPARATOR, DISTINCT, parts[1], parts[2], group) + SEPARATOR;
    }

    static String surge(String system, String scenario) {
        return String.join(SEPARATOR, SURGE, system, scenario);
    }

    /** The kind of state {@code key} holds: {@link #SERIES}, {@link #BUCKET}, ... */
    public static String kind(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    /** The system {@code key} holds state of. */
    public static String system(String key) {
        return key.split("\\|", 3)[1];
    }

    /** The scenario of a bucket's or a surge's key. */
    static String scenario(String key) {
        return key.split("\\|", 4)[2];
    }
}
