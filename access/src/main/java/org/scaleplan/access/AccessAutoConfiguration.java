package org.scaleplan.access;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import org.scaleplan.access.audit.ActionAuditor;
import org.scaleplan.access.keys.KeyVerifier;
import org.scaleplan.access.decisions.DecisionStore;
import org.scaleplan.access.ratelimit.RateLimiter;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.messaging.MessagingAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.lettuce.core.ClientOptions.DisconnectedBehavior;
import io.lettuce.core.SocketOptions;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Guards a servlet service with API keys, roles, system scope and rate limits as soon as this library is on its
 * class path. The service declares one {@link AccessPolicy} bean; without one, every route but health needs admin.
 */
@AutoConfiguration(after = {DataRedisAutoConfiguration.class, MessagingAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
public class AccessAutoConfiguration {

    /** The order of the access filter; a service's own filters that need the {@link Caller} come after it. */
    public static final int FILTER_ORDER = AccessFilter.ORDER;

    /** Shorter secrets could be guessed; generated keys have 40 characters. */
    static final int ADMIN_KEY_MIN_LENGTH = 20;
    /** Redis is on the request path: a call that takes longer than this fails, and the fallbacks apply. */
    static final Duration REDIS_TIMEOUT = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(AccessAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    AccessPolicy accessPolicy() {
        log.warn("no AccessPolicy bean: every route except health needs an admin key");
        return AccessPolicy.builder().build();
    }

    @Bean
    KeyStore keyStore(StringRedisTemplate redis) {
        return new KeyStore(redis);
    }

    @Bean
    RedisOutages redisOutages(MeterRegistry meters) {
        return new RedisOutages(meters);
    }

    @Bean
    KeyVerifier keyVerifier(KeyStore store, AccessProperties properties, RedisOutages outages,
            @Value("${scaleplan.admin-key:}") String adminKey) {
        checkAdminKey(adminKey);
        return new KeyVerifier(store, properties, adminKey.strip(), outages, InstantSource.system());
    }

    @Bean
    RateLimiter rateLimiter(StringRedisTemplate redis, AccessProperties properties, RedisOutages outages) {
        return new RateLimiter(redis, properties, outages);
    }

    @Bean
    DecisionStore decisionStore(StringRedisTemplate redis) {
        return new DecisionStore(redis);
    }

    @Bean
    DecisionEnforcer decisionEnforcer(DecisionStore store, RateLimiter limiter, AccessProperties properties,
            RedisOutages outages, MeterRegistry meters) {
        return new DecisionEnforcer(store, limiter, properties, outages, meters);
    }

    @Bean
    ActionAuditor actionAuditor(EventPublisher publisher, @Value("${spring.application.name}") String service,
            MeterRegistry meters, AccessProperties properties) {
        return new ActionAuditor(publisher, service, meters, InstantSource.system(), properties.auditQueueCapacity());
    }

    @Bean
    ProblemResponses accessProblemResponses() {
        return new ProblemResponses();
    }

    @Bean
    FilterRegistrationBean<AccessFilter> accessFilter(AccessPolicy policy, KeyVerifier verifier,
            DecisionEnforcer decisions, RateLimiter limiter, AccessProperties properties, MeterRegistry meters,
            ProblemResponses problems, ActionAuditor auditor) {
        AccessGate gate = new AccessGate(verifier, decisions, limiter, properties, meters);
        FilterRegistrationBean<AccessFilter> registration =
                new FilterRegistrationBean<>(new AccessFilter(policy, gate, problems, auditor));
        registration.setOrder(AccessFilter.ORDER);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /** Bounds Redis commands unless {@code spring.data.redis.timeout} says otherwise. */
    @Bean
    LettuceClientConfigurationBuilderCustomizer accessRedisCommandTimeout(DataRedisProperties redis) {
        return builder -> {
            if (redis.getTimeout() == null) {
                builder.commandTimeout(REDIS_TIMEOUT);
            }
        };
    }

    /**
     * Fails a command at once while the connection is down instead of queueing it until a reconnect, and bounds
     * connecting unless {@code spring.data.redis.connect-timeout} says otherwise.
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer accessRedisFailFast(DataRedisProperties redis) {
        return builder -> {
            builder.disconnectedBehavior(DisconnectedBehavior.REJECT_COMMANDS);
            if (redis.getConnectTimeout() == null) {
                builder.socketOptions(SocketOptions.builder().connectTimeout(REDIS_TIMEOUT).build());
            }
        };
    }

    private static void checkAdminKey(String adminKey) {
        if (adminKey.isBlank()) {
            log.info("no bootstrap admin key (SCALEPLAN_ADMIN_KEY): only keys from the key store are accepted");
        } else if (adminKey.strip().length() < ADMIN_KEY_MIN_LENGTH) {
            throw new IllegalStateException("scaleplan.admin-key (SCALEPLAN_ADMIN_KEY) is too short: use at least "
                    + ADMIN_KEY_MIN_LENGTH + " characters, e.g. a new key from"
                    + " java -cp access.jar org.scaleplan.access.ApiKeySecrets");
        }
    }
}
