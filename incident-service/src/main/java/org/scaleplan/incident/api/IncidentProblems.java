package org.scaleplan.incident.api;

import org.scaleplan.incident.engine.InboxUnavailableException;
import org.scaleplan.incident.incidents.IncidentConflictException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class IncidentProblems {

    private static final int RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(IncidentConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(InboxUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "nothing was accepted: Kafka is unreachable; retry after " + RETRY_AFTER_SECONDS + " s"));
    }
}
