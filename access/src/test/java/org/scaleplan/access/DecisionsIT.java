package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.decisions.StoredDecision;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * security-service's decisions as every service enforces them, against a real Redis: Scaleplan-wide ones on every
 * route, a system's own where a service acts for that system, until they expire.
 */
@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
class DecisionsIT {

    /** However the test client reaches localhost, the service sees one of these. */
    private static final List<String> LOCAL_ADDRESSES = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @LocalServerPort
    int port;

    @Autowired
    KeyStore keys;

    @Autowired
    DecisionStore decisions;

    private final List<String[]> stored = new ArrayList<>();

    @AfterEach
    void removeDecisions() {
        stored.forEach(entry -> decisions.remove(entry[0], new Scope(ScopeType.valueOf(entry[1]), entry[2])));
    }

    @Test
    void aBlockedKeyIsRefusedOnEveryRouteWithTheReasonAndOtherKeysAreNot() {
        IssuedKey blocked = Fixtures.issue(keys, Set.of(Role.ADMIN), Set.of());
        IssuedKey other = Fixtures.issue(keys, Set.of(Role.ADMIN), Set.of());
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        put(DecisionStore.SCALEPLAN, DecisionAction.BLOCK, ScopeType.KEY, blocked.keyId(), until);

        HttpResponse<String> refused = Fixtures.get(port, "/v1/things", blocked.bearer());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requests of key " + blocked.keyId() + " are blocked until " + until)
                .contains("rate-limit-abuse");
        assertThat(Fixtures.post(port, "/v1/ingest", blocked.bearer()).statusCode()).isEqualTo(403);
        assertThat(Fixtures.get(port, "/v1/things", other.bearer()).statusCode()).isEqualTo(200);
    }

    @Test
    void aBlockedAddressIsRefusedWhateverTheKeyUntilTheDecisionExpires() {
        IssuedKey key = Fixtures.issue(keys, Set.of(Role.VIEWER), Set.of());
        Instant soon = Instant.now().plus(Duration.ofSeconds(2));
        LOCAL_ADDRESSES.forEach(address ->
                put(DecisionStore.SCALEPLAN, DecisionAction.BLOCK, ScopeType.ADDRESS, address, soon));

        assertThat(Fixtures.get(port, "/v1/things", key.bearer()).statusCode()).isEqualTo(403);
        // Redis drops the decision when it expires: no expiry fact needed for the address to be served again.
        await().atMost(Duration.ofSeconds(5)).until(() ->
                Fixtures.get(port, "/v1/things", key.bearer()).statusCode() == 200);
    }

    @Test
    void aThrottledKeyGetsTheThrottledRateThen429() {
        IssuedKey key = Fixtures.issue(keys, Set.of(Role.VIEWER), Set.of());
        put(DecisionStore.SCALEPLAN, DecisionAction.THROTTLE, ScopeType.KEY, key.keyId(),
                Instant.now().plus(Duration.ofMinutes(5)));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(Fixtures.get(port, "/v1/things", key.bearer()).statusCode());
        }

        // The throttled class admits a burst of 5 (and one a second after that).
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(6, 8)).containsOnly(429);
        assertThat(Fixtures.get(port, "/v1/things", key.bearer()).body()).contains("are throttled to 1 per second");
    }

    @Test
    void aSystemsDecisionAppliesWhereAServiceActsForThatSystemOnly() {
        IssuedKey key = Fixtures.issue(keys, Set.of(Role.INGEST, Role.VIEWER), Set.of());
        LOCAL_ADDRESSES.forEach(address -> put("shop-a", DecisionAction.BLOCK, ScopeType.ADDRESS, address,
                Instant.now().plus(Duration.ofMinutes(5))));

        HttpResponse<String> refused = Fixtures.post(port, "/v1/ingest?system=shop-a", key.bearer());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Fixtures.post(port, "/v1/ingest?system=shop-b", key.bearer()).statusCode()).isEqualTo(202);
        assertThat(Fixtures.get(port, "/v1/things", key.bearer()).statusCode()).isEqualTo(200);
    }

    private void put(String system, DecisionAction action, ScopeType type, String value, Instant until) {
        decisions.put(system, new StoredDecision("decision-" + UUID.randomUUID(), action, new Scope(type, value),
                until, "rate-limit-abuse: 40 requests refused with 429 within 1m"), Instant.now());
        stored.add(new String[] {system, type.name(), value});
    }
}
