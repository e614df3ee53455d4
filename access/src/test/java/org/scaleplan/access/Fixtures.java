package org.scaleplan.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Keys, HTTP calls and extra application instances for the access tests. */
final class Fixtures {

    /** The bootstrap admin key of every test application in this JVM. */
    static final String BOOTSTRAP_KEY = ApiKeySecrets.generate();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Fixtures() {
    }

    /** A key put into the store as security-service would. */
    record IssuedKey(String secret, String keyId) {

        String bearer() {
            return "Bearer " + secret;
        }
    }

    static IssuedKey issue(KeyStore store, Set<Role> roles, Set<String> systems) {
        return issue(store, roles, systems, null);
    }

    static IssuedKey issue(KeyStore store, Set<Role> roles, Set<String> systems, @Nullable Instant expiresAt) {
        String secret = ApiKeySecrets.generate();
        String keyId = "key-" + UUID.randomUUID();
        store.put(ApiKeySecrets.hash(secret), new StoredKey(keyId, "test " + roles, roles, systems, expiresAt));
        return new IssuedKey(secret, keyId);
    }

    static HttpResponse<String> call(int port, String method, String path, @Nullable String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(int port, String path, @Nullable String authorization) {
        return call(port, "GET", path, authorization);
    }

    static HttpResponse<String> post(int port, String path, @Nullable String authorization) {
        return call(port, "POST", path, authorization);
    }

    /** Another instance of the test application on a random port, with {@code overrides} on top. */
    static ConfigurableApplicationContext startInstance(Map<String, Object> overrides) {
        return new SpringApplicationBuilder(AccessTestApplication.class)
                .initializers(new RealInfrastructure(overrides))
                .properties("server.port=0")
                .run();
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
