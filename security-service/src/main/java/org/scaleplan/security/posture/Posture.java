package org.scaleplan.security.posture;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The security posture of one growth phase, as declared in the posture file.
 *
 * @param name {@code standard}, {@code advanced}, {@code comprehensive} or {@code enterprise}
 * @param controls every control's canonical text by name, sorted by name, e.g. {@code key-max-age -> 90d}
 */
public record Posture(int phase, String name, Map<String, String> controls) {

    public Posture {
        if (phase < 1 || phase > 4) {
            throw new IllegalArgumentException("phase must be 1 to 4, was " + phase);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a posture needs a name");
        }
        controls = Collections.unmodifiableSortedMap(new TreeMap<>(controls));
    }
}
