package org.scaleplan.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the real test infrastructure: the broker, Redis, and a bootstrap admin key.
 * Every service IT uses it ({@code @ContextConfiguration(initializers = ServiceProperties.class)}), so all ITs of
 * a module share one application context from Spring's context cache.
 */
public final class ServiceProperties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * The bootstrap admin key of services under test. Not secret, and never valid outside a test JVM. It has
     * the {@code spk_} shape but a wrong checksum, so secret scanners do not flag it.
     */
    public static final String ADMIN_KEY = "spk_testAdminKeyForIntegrationTests0000";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("scaleplan-test-infrastructure",
                Map.of("spring.kafka.bootstrap-servers", Infrastructure.kafkaBootstrapServers(),
                        "spring.data.redis.host", Infrastructure.redis().host(),
                        "spring.data.redis.port", Infrastructure.redis().port(),
                        "scaleplan.admin-key", ADMIN_KEY)));
    }
}
