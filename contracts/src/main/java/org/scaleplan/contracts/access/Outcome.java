package org.scaleplan.contracts.access;

/** How an audited action ended. */
public enum Outcome {
    /** The action was carried out (2xx). */
    SUCCEEDED,
    /** The caller was not allowed to do it (401, 403, 404 for a system outside its scope, 429). */
    DENIED,
    /** It was allowed but did not succeed (any other status). */
    FAILED
}
