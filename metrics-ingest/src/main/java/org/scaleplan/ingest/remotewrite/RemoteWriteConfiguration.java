package org.scaleplan.ingest.remotewrite;

import org.scaleplan.ingest.IngestProperties;
import org.scaleplan.ingest.SampleRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/** Wires remote-write intake: the decoder and checker with the intake's limits and rules, and its metrics. */
@Configuration(proxyBeanMethods = false)
class RemoteWriteConfiguration {

    @Bean
    RemoteWriteLimits remoteWriteLimits(IngestProperties intake) {
        return RemoteWriteLimits.of(intake);
    }

    @Bean
    RemoteWriteDecoder remoteWriteDecoder(RemoteWriteLimits limits) {
        return new RemoteWriteDecoder(limits.maxBodyBytes(), limits.maxSamples());
    }

    @Bean
    WriteChecker remoteWriteChecker(SampleRules rules) {
        return new WriteChecker(rules);
    }

    @Bean
    RemoteWriteMetrics remoteWriteMetrics(MeterRegistry meters) {
        return new RemoteWriteMetrics(meters);
    }
}
