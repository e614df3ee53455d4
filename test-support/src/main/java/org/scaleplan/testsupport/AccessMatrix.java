package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.assertj.core.api.SoftAssertions;

/**
 * Calls every endpoint of a service with every role, once with a key limited to the endpoint's system, once with
 * a key limited to another system, once with an unlimited key, and without or with a wrong key, and checks each
 * answer: 401 without a valid key, 403 without the role, 404 outside the key's systems, the endpoint's own status
 * otherwise, and never another system's data in a body. The expected answers come from the role table here, not
 * from the code under test.
 */
public final class AccessMatrix {

    /** The system the in-scope keys are limited to, and every {@code {system}} in endpoint paths. */
    public static final String SYSTEM = "shop-prod";
    /** The system the out-of-scope keys are limited to; its name must never appear in answers to others. */
    public static final String OTHER_SYSTEM = "other-tenant";

    public static final List<String> ROLES = List.of("ingest", "viewer", "operator", "admin");

    /** The endpoints every service has: health (open), Prometheus metrics and the OpenAPI description. */
    public static final List<Endpoint> SERVICE_ENDPOINTS = List.of(
            Endpoint.open("GET", "/actuator/health", 200),
            Endpoint.of("GET", "/actuator/prometheus", "viewer", 200),
            Endpoint.of("GET", "/v3/api-docs", "viewer", 200));

    /** What each role may do (admin everything; operator also reads). */
    private static final Map<String, List<String>> GRANTS = Map.of(
            "ingest", List.of("ingest"),
            "viewer", List.of("viewer"),
            "operator", List.of("operator", "viewer"),
            "admin", ROLES);

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final BiFunction<String, List<String>, String> keys;

    /**
     * @param keys makes a key secret for a role, limited to the given systems (none: every system)
     */
    public AccessMatrix(int port, BiFunction<String, List<String>, String> keys) {
        this.port = port;
        this.keys = keys;
    }

    /** Checks every endpoint with every caller; reports all wrong answers at once. Returns the number of calls. */
    public int check(List<Endpoint> endpoints) {
        SoftAssertions softly = new SoftAssertions();
        List<Call> calls = calls();
        for (Endpoint endpoint : endpoints) {
            for (Call call : calls) {
                HttpResponse<String> response = send(endpoint, call.secret());
                softly.assertThat(response.statusCode()).as("%s %s as %s", endpoint.method(), endpoint.path(), call)
                        .isEqualTo(call.expected(endpoint));
                // Error answers may echo the caller's own path; only data answers are checked for foreign systems.
                List<String> foreign = response.statusCode() / 100 == 2 ? call.foreignSystems() : List.of();
                for (String system : foreign) {
                    softly.assertThat(response.body()).as("body of %s %s as %s", endpoint.method(), endpoint.path(),
                            call).doesNotContain(system);
                }
            }
        }
        softly.assertAll();
        return endpoints.size() * calls.size();
    }

    private List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("no key", null, null, List.of()));
        calls.add(new Call("unknown key", "spk_000000000000000000000000000000000000", null, List.of()));
        for (String role : ROLES) {
            calls.add(new Call(role + " (all systems)", keys.apply(role, List.of()), role, List.of()));
            calls.add(new Call(role + " (" + SYSTEM + ")", keys.apply(role, List.of(SYSTEM)), role, List.of(SYSTEM)));
            calls.add(new Call(role + " (" + OTHER_SYSTEM + ")", keys.apply(role, List.of(OTHER_SYSTEM)), role,
                    List.of(OTHER_SYSTEM)));
        }
        return calls;
    }

    private HttpResponse<String> send(Endpoint endpoint, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + endpoint.path().replace("{system}", SYSTEM)))
                .method(endpoint.method(), endpoint.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(endpoint.body().replace("{system}", SYSTEM)))
                .header("Content-Type", "application/json");
        if (secret != null) {
            request.header("Authorization", "Bearer " + secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * One endpoint. {@code role} null means open to everybody; {@code status} is what an allowed caller gets;
     * {@code outOfScope} what a caller limited to other systems gets.
     * A {@code {system}} in the path or body is the system the endpoint acts on.
     */
    public record Endpoint(String method, String path, String role, int status, String body, int outOfScope) {

        public static Endpoint open(String method, String path, int status) {
            return new Endpoint(method, path, null, status, null, 404);
        }

        public static Endpoint of(String method, String path, String role, int status) {
            return new Endpoint(method, path, role, status, null, 404);
        }

        public Endpoint withBody(String json) {
            return new Endpoint(method, path, role, status, json, outOfScope);
        }

        /** What a caller limited to other systems gets, when that is not 404 (e.g. 400 naming a body field). */
        public Endpoint outOfScopeAnswer(int answer) {
            return new Endpoint(method, path, role, status, body, answer);
        }

        boolean actsOnSystem() {
            return path.contains("{system}") || (body != null && body.contains("{system}"));
        }
    }

    private record Call(String name, String secret, String role, List<String> systems) {

        int expected(Endpoint endpoint) {
            if (endpoint.role() == null) {
                return endpoint.status();
            }
            if (role == null) {
                return 401;
            }
            if (!GRANTS.get(role).contains(endpoint.role())) {
                return 403;
            }
            if (endpoint.actsOnSystem() && !systems.isEmpty() && !systems.contains(SYSTEM)) {
                return endpoint.outOfScope();
            }
            return endpoint.status();
        }

        /** Systems whose names must not appear in what this caller is answered. */
        List<String> foreignSystems() {
            if (systems.isEmpty()) {
                return List.of();
            }
            return systems.contains(SYSTEM) ? List.of(OTHER_SYSTEM) : List.of(SYSTEM);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
