package org.scaleplan.access;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that cannot be carried out as posted; answered 400 as problem+json with every field problem listed
 * in {@code errors}, whichever service throws it.
 */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    /** The detail names at most this many problems; {@link #problems()} has them all. */
    private static final int IN_DETAIL = 20;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.stream().limit(IN_DETAIL).map(p -> p.field() + " " + p.reason())
                .collect(Collectors.joining("; ")) + (problems.size() > IN_DETAIL ? "; ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
