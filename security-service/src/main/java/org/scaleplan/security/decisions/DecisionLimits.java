package org.scaleplan.security.decisions;

/**
 * How much one system's {@link DecisionBook} holds (settings {@code scaleplan.security.*}). The book is one record
 * of its store's changelog, so together they keep it well under Kafka's 1 MB record limit.
 *
 * @param maxDecisionsPerSystem the decisions in force at once
 * @param maxOffendersPerSystem the scopes whose recent offences are remembered, for TTLs that grow with repeats
 */
public record DecisionLimits(int maxDecisionsPerSystem, int maxOffendersPerSystem) {

    public DecisionLimits {
        if (maxDecisionsPerSystem < 1 || maxOffendersPerSystem < 1) {
            throw new IllegalArgumentException("a book must hold at least one decision and one offender");
        }
    }

    /** The value of {@code bound}. */
    public int of(DecisionBound bound) {
        return switch (bound) {
            case DECISIONS_PER_SYSTEM -> maxDecisionsPerSystem;
            case OFFENDERS_PER_SYSTEM -> maxOffendersPerSystem;
        };
    }
}
