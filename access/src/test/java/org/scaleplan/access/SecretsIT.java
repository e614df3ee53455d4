package org.scaleplan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scaleplan.access.Fixtures.IssuedKey;
import org.scaleplan.access.testapp.AccessTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import io.micrometer.core.instrument.MeterRegistry;

/** No secret, nor any eight characters of one, appears in the log, a response body or a response header. */
@SpringBootTest(classes = AccessTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructure.class)
@ExtendWith(OutputCaptureExtension.class)
class SecretsIT {

    /**
     * The library, Spring MVC and Redis clients at TRACE while the requests run. Not Tomcat's connector: at DEBUG
     * it prints raw requests, credentials included, which docs/access.md warns about.
     */
    private static final List<String> VERBOSE = List.of("org.scaleplan", "org.springframework.web",
            "org.springframework.data.redis", "io.lettuce");

    @LocalServerPort
    int port;

    @Autowired
    KeyStore store;

    @Autowired
    MeterRegistry meters;

    @Test
    void leaveNoTraceInLogsOrResponses(CapturedOutput output) {
        IssuedKey viewer = Fixtures.issue(store, Set.of(Role.VIEWER), Set.of("shop-a"));
        IssuedKey revoked = Fixtures.issue(store, Set.of(Role.ADMIN), Set.of());
        store.remove(ApiKeySecrets.hash(revoked.secret()));
        String unknown = ApiKeySecrets.generate();
        List<String> secrets = List.of(viewer.secret(), revoked.secret(), unknown, Fixtures.BOOTSTRAP_KEY);
        double auditsBefore = audits();

        List<String> answers = new ArrayList<>();
        verbose(LogLevel.TRACE);
        try {
            answers.addAll(everyKindOfAnswer(viewer, revoked, unknown));
            // the audit records of the admin actions above are published in the background: wait for them
            await().atMost(Duration.ofSeconds(30)).until(() -> audits() >= auditsBefore + 4);
        } finally {
            verbose(null);
        }

        assertThat(answers).hasSizeGreaterThan(10);
        for (String secret : secrets) {
            for (String part : parts(secret)) {
                assertThat(output.getAll()).as("log").doesNotContain(part);
                assertThat(answers).as("responses").noneMatch(answer -> answer.contains(part));
            }
        }
    }

    private List<String> everyKindOfAnswer(IssuedKey viewer, IssuedKey revoked, String unknown) {
        String bootstrap = "Bearer " + Fixtures.BOOTSTRAP_KEY;
        List<HttpResponse<String>> responses = new ArrayList<>(List.of(
                Fixtures.get(port, "/v1/systems/shop-a/things", viewer.bearer()),
                Fixtures.get(port, "/v1/systems/shop-b/things", viewer.bearer()),
                Fixtures.post(port, "/v1/systems/shop-a/things", viewer.bearer()),
                Fixtures.post(port, "/v1/admin/things", revoked.bearer()),
                Fixtures.post(port, "/v1/admin/things", "Bearer " + unknown),
                Fixtures.post(port, "/v1/admin/things", "Basic " + unknown),
                Fixtures.get(port, "/v1/things", "Bearer " + unknown.substring(0, 20)),
                Fixtures.post(port, "/v1/admin/things", bootstrap),
                Fixtures.post(port, "/v1/systems/ghost/things", bootstrap),
                Fixtures.post(port, "/v1/systems/shop-a/things", bootstrap),
                Fixtures.get(port, "/actuator/prometheus", bootstrap)));
        for (int i = 0; i < 4; i++) {
            responses.add(Fixtures.get(port, "/v1/exports", viewer.bearer()));
        }
        assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 201, 401, 403, 404, 429);
        return responses.stream().map(response -> response.headers().map() + "\n" + response.body()).toList();
    }

    /** The whole secret, and every eight characters of it after the public prefix. */
    private static List<String> parts(String secret) {
        List<String> parts = new ArrayList<>(List.of(secret));
        for (int start = ApiKeySecrets.PREFIX.length(); start + 8 <= secret.length(); start++) {
            parts.add(secret.substring(start, start + 8));
        }
        return parts;
    }

    private double audits() {
        return meters.find("scaleplan.events.published").tag("type", "scaleplan.access.action-audited").counters()
                .stream().mapToDouble(counter -> counter.count()).sum();
    }

    private static void verbose(LogLevel level) {
        LoggingSystem logging = LoggingSystem.get(SecretsIT.class.getClassLoader());
        VERBOSE.forEach(logger -> logging.setLogLevel(logger, level));
    }
}
