package org.scaleplan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /v1/metrics}: a JSON batch of one system's samples. 200 only once Kafka has them all; 400 naming
 * every bad sample and field (nothing of the batch is published); 503 with Retry-After when Kafka cannot take
 * them.
 */
@RestController
class MetricsController {

    private final MetricsBatchReader reader;
    private final Intake intake;
    private final IngestProperties limits;

    MetricsController(MetricsBatchReader reader, Intake intake, IngestProperties limits) {
        this.reader = reader;
        this.intake = intake;
        this.limits = limits;
    }

    @PostMapping(path = "/v1/metrics", consumes = MediaType.APPLICATION_JSON_VALUE)
    Accepted ingest(HttpServletRequest request, Caller caller,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        return intake.accept(reader.read(body(request)), caller, request.getRemoteAddr(), idempotencyKey);
    }

    /** The body, refused with a 400 rather than read past the size limit. */
    private byte[] body(HttpServletRequest request) throws IOException {
        long max = limits.maxBodySize().toBytes();
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw new InvalidRequestException(List.of(new FieldProblem("body", "is larger than " + limits.maxBodySize())));
            }
            return body;
        }
    }
}
