package org.scaleplan.contracts.cost;

/** What a budget threshold was checked against: the spend so far, or the spend forecast for the whole month. */
public enum Basis {
    ACTUAL, FORECASTED
}
