package org.scaleplan.access;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * What the {@link AccessPolicy} says about one request.
 *
 * @param pattern the matched path pattern, e.g. {@code /v1/systems/{system}/phase}; the path itself when no rule
 *        matched
 * @param required the role the caller needs; absent for an open route
 * @param routeClass the rate-limit class, e.g. {@code read}
 * @param system the value of the pattern's {@code {system}} variable, if it has one
 * @param declared whether a rule matched (false: the safe default, which needs admin)
 */
public record Route(HttpMethod method, String pattern, @Nullable Role required, String routeClass,
        @Nullable String system, boolean declared) {

    public boolean isOpen() {
        return required == null;
    }

    /** {@code POST /v1/systems/{system}/budget}: how audit records name the action. */
    public String action() {
        return method.name() + " " + pattern;
    }
}
