package org.scaleplan.access;

import java.util.HashMap;
import java.util.Map;

import org.scaleplan.testsupport.Infrastructure;
import org.scaleplan.testsupport.RedisEndpoint;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at the real broker and Redis of this test JVM and gives it the bootstrap admin key.
 * One initializer class for every {@code *IT}, so that they share one cached application context.
 */
public class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final Map<String, Object> overrides;

    public RealInfrastructure() {
        this(Map.of());
    }

    /** With {@code overrides}, e.g. a Redis port where nothing listens. */
    RealInfrastructure(Map<String, Object> overrides) {
        this.overrides = overrides;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RedisEndpoint redis = Infrastructure.redis();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.kafka.bootstrap-servers", Infrastructure.kafkaBootstrapServers(),
                "spring.data.redis.host", redis.host(),
                "spring.data.redis.port", redis.port(),
                "scaleplan.admin-key", Fixtures.BOOTSTRAP_KEY));
        properties.putAll(overrides);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("real-infrastructure", properties));
    }
}
