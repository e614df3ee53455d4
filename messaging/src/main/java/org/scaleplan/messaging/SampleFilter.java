package org.scaleplan.messaging;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.scaleplan.contracts.CloudEventHeaders;

/**
 * Passes over the metric samples a reader does not read by the metric named in their
 * {@value CloudEventHeaders#METRIC_NAME} header, before anything decodes them: each service reads a handful of the
 * metrics a system sends. A record without the header (another type, a plain client's sample) is never passed over.
 */
public final class SampleFilter {

    private SampleFilter() {
    }

    /** @param reads whether the reader reads samples of a metric, by name */
    public static boolean passesOver(Headers headers, Predicate<String> reads) {
        Header name = headers.lastHeader(CloudEventHeaders.METRIC_NAME);
        return name != null && !reads.test(new String(name.value(), StandardCharsets.UTF_8));
    }
}
