package org.scaleplan.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which role each route of a service needs, and its rate-limit class. One bean per service; built with
 * {@link #builder()}. Patterns are Spring MVC's own {@link PathPattern}s, so a rule matches exactly the
 * requests the controller mapping does, and the most specific matching pattern wins.
 *
 * <p>Every policy also has: {@code GET /actuator/health} and {@code /actuator/health/**} open;
 * {@code GET /actuator/prometheus}, {@code /v3/api-docs} and {@code /v3/api-docs/**} for viewers. A request
 * that matches no rule needs {@link Role#ADMIN}: a forgotten rule closes an endpoint rather than opening it.
 * A {@code GET} rule also covers {@code HEAD}, as Spring MVC does.
 */
public final class AccessPolicy {

    /** The rate-limit class of requests no rule names. */
    public static final String DEFAULT_ROUTE_CLASS = "admin";
    private static final String SYSTEM_VARIABLE = "system";
    private static final Pattern ROUTE_CLASS = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final List<Rule> rules;

    private AccessPolicy(List<Rule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparing(Rule::pattern, PathPattern.SPECIFICITY_COMPARATOR))
                .toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The route of a request for {@code path} (without the context path). */
    public Route route(HttpMethod method, PathContainer path) {
        for (Rule rule : rules) {
            PathPattern.PathMatchInfo match = rule.matches(method) ? rule.pattern().matchAndExtract(path) : null;
            if (match != null) {
                String system = match.getUriVariables().get(SYSTEM_VARIABLE);
                return new Route(method, rule.pattern().getPatternString(), rule.required(), rule.routeClass(),
                        system, true);
            }
        }
        return new Route(method, path.value(), Role.ADMIN, DEFAULT_ROUTE_CLASS, null, false);
    }

    public Route route(HttpMethod method, String path) {
        return route(method, PathContainer.parsePath(path));
    }

    private record Rule(HttpMethod method, PathPattern pattern, @Nullable Role required, String routeClass) {

        boolean matches(HttpMethod requested) {
            return method.equals(requested) || (method.equals(HttpMethod.GET) && requested.equals(HttpMethod.HEAD));
        }
    }

    /** Collects rules; a service's own rules take precedence over the built-in ones for the same pattern. */
    public static final class Builder {

        private final List<Rule> rules = new ArrayList<>();

        private Builder() {
        }

        /** Requests that need no key, are not rate-limited and not audited. */
        public Builder open(HttpMethod method, String pattern) {
            return add(method, pattern, null, "open");
        }

        /**
         * Requests that need a key granting {@code required}, rate-limited per key in {@code routeClass}
         * ({@code scaleplan.access.rate-limits.<routeClass>}).
         */
        public Builder rule(HttpMethod method, String pattern, Role required, String routeClass) {
            if (required == null) {
                throw new IllegalArgumentException("a rule needs a role; use open(...) for routes without a key");
            }
            if (routeClass == null || !ROUTE_CLASS.matcher(routeClass).matches()) {
                throw new IllegalArgumentException("route class '" + routeClass
                        + "' must be lowercase letters, digits and dashes, e.g. read");
            }
            return add(method, pattern, required, routeClass);
        }

        public AccessPolicy build() {
            List<Rule> all = new ArrayList<>(rules);
            addBuiltIn(all, HttpMethod.GET, "/actuator/health", null, "open");
            addBuiltIn(all, HttpMethod.GET, "/actuator/health/**", null, "open");
            addBuiltIn(all, HttpMethod.GET, "/actuator/prometheus", Role.VIEWER, "read");
            addBuiltIn(all, HttpMethod.GET, "/v3/api-docs", Role.VIEWER, "read");
            addBuiltIn(all, HttpMethod.GET, "/v3/api-docs/**", Role.VIEWER, "read");
            return new AccessPolicy(all);
        }

        private Builder add(HttpMethod method, String pattern, @Nullable Role required, String routeClass) {
            Rule rule = new Rule(method, PathPatternParser.defaultInstance.parse(pattern), required, routeClass);
            if (isTaken(rules, rule)) {
                throw new IllegalArgumentException(method.name() + " " + pattern + " has two rules");
            }
            rules.add(rule);
            return this;
        }

        private static void addBuiltIn(List<Rule> rules, HttpMethod method, String pattern, @Nullable Role required,
                String routeClass) {
            Rule rule = new Rule(method, PathPatternParser.defaultInstance.parse(pattern), required, routeClass);
            if (!isTaken(rules, rule)) {
                rules.add(rule);
            }
        }

        private static boolean isTaken(List<Rule> rules, Rule candidate) {
            return rules.stream().anyMatch(rule -> rule.method().equals(candidate.method())
                    && rule.pattern().getPatternString().equals(candidate.pattern().getPatternString()));
        }
    }
}
