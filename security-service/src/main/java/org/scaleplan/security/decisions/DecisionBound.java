package org.scaleplan.security.decisions;

/** A bound of {@link DecisionLimits} that a change met, and what was done instead of keeping more. */
public enum DecisionBound {

    DECISIONS_PER_SYSTEM("max-decisions-per-system", "a decision was not issued (its detection is still reported)"),
    OFFENDERS_PER_SYSTEM("max-offenders-per-system",
            "the offences of the scopes quiet longest were forgotten: their next decisions start from the first TTL");

    private final String setting;
    private final String outcome;

    DecisionBound(String setting, String outcome) {
        this.setting = setting;
        this.outcome = outcome;
    }

    /** The setting's full name, e.g. {@code scaleplan.security.max-series-per-system}. */
    public String setting() {
        return "scaleplan.security." + setting;
    }

    public String outcome() {
        return outcome;
    }
}
