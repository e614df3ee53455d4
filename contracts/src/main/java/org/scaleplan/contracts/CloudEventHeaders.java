package org.scaleplan.contracts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.scaleplan.contracts.metrics.MetricSample;

/**
 * CloudEvents 1.0 binary-mode Kafka headers. Every producer writes them with {@link #of} and every consumer
 * reads them with {@link #text}, so the wire format is defined once.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * On a metric sample only: the metric's name (a CloudEvents extension attribute), so that a reader passes over
     * the samples of metrics it does not read without decoding them.
     */
    public static final String METRIC_NAME = "ce_metricname";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The headers of {@code event} published by service {@code source}, in a stable order. */
    public static Map<String, String> of(ScaleplanEvent event, String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(ID, event.eventId().toString());
        headers.put(TYPE, EventTypes.of(event.getClass()).type());
        headers.put(SOURCE, Require.text(source, "source"));
        headers.put(TIME, event.occurredAt().toString());
        headers.put(SUBJECT, event.key());
        headers.put(CONTENT_TYPE, APPLICATION_JSON);
        if (event instanceof MetricSample sample) {
            headers.put(METRIC_NAME, sample.name());
        }
        return headers;
    }

    /** A header's text, whether the client handed it over as raw bytes (plain Kafka) or as a string. */
    public static Optional<String> text(Map<String, ?> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
