package org.scaleplan.access;

/** One thing wrong with a request: the field (as a JSON path, e.g. {@code roles[1]}) and why. */
public record FieldProblem(String field, String reason) {
}
