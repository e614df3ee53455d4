package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scaleplan.access.Fixtures.get;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** A key scoped to some systems cannot tell the others from systems that do not exist. */
@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class ScopeIT {

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @Test
    void answersAnotherTenantsSystemExactlyLikeASystemThatDoesNotExist() {
        IssuedKey unscoped = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        IssuedKey scoped = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of("shop-a"));

        // the controller's own "no such system", the filter's "not yours", and "not yours and no such system"
        HttpResponse<String> missing = get(port, "/v1/systems/ghost/things", unscoped.bearer());
        HttpResponse<String> otherTenant = get(port, "/v1/systems/ghost/things", scoped.bearer());
        HttpResponse<String> otherExisting = get(port, "/v1/systems/shop-b/things", scoped.bearer());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(otherTenant.statusCode()).isEqualTo(404);
        assertThat(otherTenant.body()).isEqualTo(missing.body());
        assertThat(otherTenant.headers().firstValue("Content-Type")).isEqualTo(missing.headers().firstValue("Content-Type"));
        assertThat(otherExisting.body()).isEqualTo(missing.body().replace("ghost", "shop-b"));
        assertThat(otherExisting.body()).doesNotContain("scope").doesNotContain("forbidden");
    }

    @Test
    void listsOnlyTheSystemsAKeyMaySee() {
        IssuedKey scoped = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of("shop-b"));
        IssuedKey unscoped = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of());
        assertThat(get(port, "/v1/things", scoped.bearer()).body()).isEqualTo("[\"shop-b\"]");
        assertThat(get(port, "/v1/things", unscoped.bearer()).body()).isEqualTo("[\"shop-a\",\"shop-b\"]");
    }

    @Test
    void letsAKeyScopedToSeveralSystemsSeeEachOfThem() {
        IssuedKey both = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of("shop-a", "shop-b"));
        assertThat(get(port, "/v1/systems/shop-a/things", both.bearer()).statusCode()).isEqualTo(200);
        assertThat(get(port, "/v1/systems/shop-b/things", both.bearer()).statusCode()).isEqualTo(200);
    }
}
