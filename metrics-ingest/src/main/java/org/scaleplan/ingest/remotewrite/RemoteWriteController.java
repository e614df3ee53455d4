package org.scaleplan.ingest.remotewrite;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.scaleplan.access.Caller;
import org.scaleplan.ingest.Intake;
import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/v1/write}: Prometheus remote-write 1.0. 204 once Kafka has every valid sample; 400 listing the
 * rejected samples (the valid ones of the same request are stored first: a sender never retries a 400); 400, 413 or
 * 415 for a request that is not remote-write 1.0 or too large; 503 with Retry-After when Kafka cannot take the
 * samples, which Prometheus retries.
 */
@RestController
class RemoteWriteController {

    static final String PROTOBUF = "application/x-protobuf";

    private final RemoteWriteDecoder decoder;
    private final WriteChecker checker;
    private final Intake intake;
    private final RemoteWriteMetrics metrics;
    private final int maxBodyBytes;

    RemoteWriteController(RemoteWriteDecoder decoder, WriteChecker checker, Intake intake, RemoteWriteMetrics metrics,
            RemoteWriteLimits limits) {
        this.decoder = decoder;
        this.checker = checker;
        this.intake = intake;
        this.metrics = metrics;
        this.maxBodyBytes = limits.maxBodyBytes();
    }

    @PostMapping(path = "/api/v1/write", consumes = PROTOBUF)
    ResponseEntity<Void> write(HttpServletRequest request, Caller caller,
            @RequestHeader(name = HttpHeaders.CONTENT_ENCODING, required = false) @Nullable String encoding,
            @RequestHeader(name = RemoteWriteHeaders.VERSION, required = false) @Nullable String version,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey)
            throws IOException {
        RemoteWriteHeaders.check(MediaType.parseMediaType(request.getContentType()).getParameter("proto"), encoding,
                version);
        CheckedWrite write = checker.check(decoder.decode(body(request)), caller::canSee);
        metrics.record(write);
        if (!write.valid().isEmpty()) {
            intake.accept(write.valid(), caller, request.getRemoteAddr(), idempotencyKey);
        }
        if (!write.problems().isEmpty()) {
            throw new RejectedSamplesException(write);
        }
        return ResponseEntity.noContent().build();
    }

    /** The compressed body, refused rather than read past the limit. */
    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    private RefusedWriteException tooLarge() {
        return new RefusedWriteException(Reason.TOO_LARGE, "the body is larger than " + maxBodyBytes
                + " bytes; lower queue_config.max_samples_per_send");
    }
}
