package org.scaleplan.bench.soak.check;

import java.util.List;

/**
 * What one check found.
 *
 * @param summary one line: what was checked and the figures behind it
 * @param violations each way the run broke the rule, in words; none when it passed
 */
public record CheckResult(String name, String summary, List<String> violations) {

    public CheckResult {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}
