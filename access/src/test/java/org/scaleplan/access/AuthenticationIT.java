package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.scaleplan.access.AccessRulesIT.problem;
import static org.scaleplan.access.Fixtures.get;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class AuthenticationIT {

    private static final String THINGS = "/v1/systems/shop-a/things";

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @Autowired
    AccessProperties properties;

    @Test
    void asksForAKeyWhenThereIsNone() {
        HttpResponse<String> response = get(port, THINGS, null);
        assertThat(problem(response, 401).get("detail").asString()).contains("needs an API key");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"scaleplan\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNzd29yZA==", "Bearer", "Bearer two words", "Token abc"})
    void refusesAnAuthorizationHeaderThatIsNotABearerToken(String authorization) {
        HttpResponse<String> response = get(port, THINGS, authorization);
        assertThat(problem(response, 401).get("detail").asString()).contains("must be the word Bearer");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("error=\"invalid_request\"");
    }

    @Test
    void refusesATokenThatIsNotAScaleplanKey() {
        HttpResponse<String> response = get(port, THINGS, "Bearer ghp_0123456789abcdef");
        assertThat(problem(response, 401).get("detail").asString()).contains("not a Scaleplan API key");
    }

    @Test
    void refusesAWellFormedKeyThatWasNeverIssued() {
        HttpResponse<String> response = get(port, THINGS, "Bearer " + ApiKeySecrets.generate());
        assertThat(problem(response, 401).get("detail").asString())
                .isEqualTo("the API key is unknown, revoked or expired");
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("error=\"invalid_token\"");
    }

    @Test
    void refusesAnExpiredKeyLikeAnUnknownOne() {
        IssuedKey expired = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of(), Instant.now().minusSeconds(1));
        assertThat(problem(get(port, THINGS, expired.bearer()), 401).get("detail").asString())
                .isEqualTo("the API key is unknown, revoked or expired");
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        IssuedKey viewer = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        assertThat(get(port, THINGS, "bearer " + viewer.secret()).statusCode()).isEqualTo(200);
    }

    @Test
    void stopsAcceptingARevokedKeyWithinTheCacheTtl() {
        IssuedKey viewer = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        assertThat(get(port, THINGS, viewer.bearer()).statusCode()).isEqualTo(200);

        store.remove(ApiKeySecrets.hash(viewer.secret()));
        Instant revoked = Instant.now();

        await().atMost(properties.cacheTtl().plusSeconds(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(port, THINGS, viewer.bearer()).statusCode() == 401);
        assertThat(Duration.between(revoked, Instant.now())).isLessThanOrEqualTo(properties.cacheTtl().plusSeconds(1));
    }
}
