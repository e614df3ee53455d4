package org.scaleplan.ingest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 503 with Retry-After when Kafka cannot take the samples: retryable, and never a 2xx for unwritten data. */
@RestControllerAdvice
class IntakeProblems {

    private final IngestProperties limits;

    IntakeProblems(IngestProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the samples were not stored; retry after " + limits.retryAfter().toSeconds() + " s");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limits.retryAfter().toSeconds()))
                .body(problem);
    }
}
