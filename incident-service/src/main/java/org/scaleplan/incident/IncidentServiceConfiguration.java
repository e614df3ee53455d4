package org.scaleplan.incident;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.Topics;

import org.scaleplan.incident.engine.Inbox;
import org.scaleplan.incident.engine.IncidentEngine;
import org.scaleplan.incident.engine.KubernetesScaler;
import org.scaleplan.incident.engine.MetricWatch;
import org.scaleplan.incident.engine.OutboundSteps;
import org.scaleplan.incident.incidents.IncidentView;
import org.scaleplan.incident.outbound.AllowedHosts;
import org.scaleplan.incident.outbound.OutboundHttp;
import org.scaleplan.messaging.Bounds;
import org.scaleplan.messaging.EventPublisher;
import org.scaleplan.messaging.SampleFilter;
import org.scaleplan.messaging.TopicFold;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentProperties.class)
class IncidentServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IncidentRunbooks incidentRunbooks(IncidentProperties properties) {
        return new IncidentRunbooks(properties.runbooksDir());
    }

    @Bean
    IncidentView incidentView(IncidentProperties properties, Bounds bounds) {
        return new IncidentView(properties.limits(), bounds::reached);
    }

    /** How much the view holds, as {@code scaleplan_store_keys{store=...}}: flat over months, whatever the churn. */
    @Bean
    MeterBinder incidentViewSizes(IncidentView view) {
        return registry -> {
            Map<String, ToDoubleFunction<IncidentView>> stores = Map.of(
                    "incidents", v -> v.sizes().incidents(),
                    "incident-timeline-entries", v -> v.sizes().timelineEntries(),
                    "incident-signal-ids", v -> v.sizes().signalIds(),
                    "incident-departures", v -> v.sizes().departures());
            stores.forEach((store, size) -> Gauge.builder("scaleplan.store.keys", view, size).tag("store", store)
                    .description("entries held in memory").register(registry));
        };
    }

    /** Every incident event, on every instance: the view that answers the API and that runs resume from. */
    @Bean
    TopicFold incidentLog(IncidentView view, KafkaProperties kafka) {
        return new TopicFold(Topics.INCIDENT_EVENTS, kafka.buildConsumerProperties(),
                event -> view.apply((SystemEvent) event));
    }

    @Bean(destroyMethod = "close")
    Inbox inbox(KafkaProperties kafka, IncidentProperties properties) {
        Inbox.createIfMissing(kafka.buildAdminProperties(), properties.inboxPartitions());
        return new Inbox(kafka.buildProducerProperties());
    }

    @Bean
    AllowedHosts allowedHosts(IncidentProperties properties) {
        return new AllowedHosts(properties.http().allowedHosts());
    }

    @Bean
    OutboundHttp outboundHttp(AllowedHosts allowedHosts) {
        return new OutboundHttp(allowedHosts, CircuitBreakerRegistry.ofDefaults());
    }

    /** The cluster of scale steps: {@code scaleplan.incident.kubernetes.*}, else the usual kubeconfig / in-cluster. */
    @Bean
    KubernetesScaler kubernetesScaler(IncidentProperties properties, AllowedHosts allowedHosts,
            ExecutorService kubernetesCalls) {
        IncidentProperties.Kubernetes settings = properties.kubernetes();
        Config cluster = settings.masterUrl() == null ? Config.autoConfigure(null)
                : new ConfigBuilder().withMasterUrl(settings.masterUrl()).withOauthToken(settings.token())
                        .withTrustCerts(settings.trustCerts()).build();
        return new KubernetesScaler(cluster, allowedHosts, kubernetesCalls);
    }

    /** The Kubernetes client blocks: its calls run here, a few at a time, not on the engine's thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService kubernetesCalls() {
        return Executors.newFixedThreadPool(4);
    }

    @Bean
    MetricWatch metricWatch() {
        return new MetricWatch();
    }

    /** The samples running await-metric steps wait for, from now on. */
    @Bean
    TopicFold metricsTail(MetricWatch watch, KafkaProperties kafka) {
        return TopicFold.tail(Topics.METRICS, kafka.buildConsumerProperties(),
                headers -> SampleFilter.passesOver(headers, watch::watches), watch::observe);
    }

    @Bean
    IncidentEngine incidentEngine(KafkaProperties kafka, IncidentView view, IncidentRunbooks runbooks,
            EventPublisher publisher, OutboundHttp http, KubernetesScaler kubernetes, MetricWatch metrics,
            IncidentProperties properties, TopicFold incidentLog, Clock clock) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "incident-service-engine");
        // The classic group protocol: its session timeout can be short, so a dead instance's runs move on soon.
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) properties.engineSessionTimeout().toMillis());
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) properties.engineSessionTimeout().dividedBy(3).toMillis());
        return new IncidentEngine(config, view, runbooks::current, publisher::publish,
                new OutboundSteps(http, kubernetes, properties.dryRun()), metrics, incidentLog::positions, clock);
    }
}
