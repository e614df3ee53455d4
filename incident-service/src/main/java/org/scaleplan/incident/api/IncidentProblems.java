package org.scaleplan.incident.api;

import java.time.Duration;

import org.scaleplan.contracts.Topics;
import org.scaleplan.incident.IncidentProperties;
import org.scaleplan.incident.engine.InboxUnavailableException;
import org.scaleplan.incident.incidents.Departure;
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

    private final IncidentProperties properties;

    IncidentProblems(IncidentProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(IncidentConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage()));
    }

    /** 404, saying why the incident is no longer held and where its events still are. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> agedOut(IncidentAgedOutException e) {
        Departure gone = e.departure();
        String why = gone.cause() == Departure.Cause.RETENTION
                ? "once it had been resolved for " + text(properties.retention()) + " (scaleplan.incident.retention)"
                : "early, because more than " + properties.maxIncidents()
                        + " incidents were held (scaleplan.incident.max-incidents)";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, gone.incidentId()
                + " is no longer held: it was resolved at " + gone.resolvedAt() + " and left memory " + why
                + ". Its events stay on " + Topics.INCIDENT_EVENTS + " for as long as the topic keeps them.");
        problem.setProperty("resolvedAt", gone.resolvedAt().toString());
        problem.setProperty("leftMemoryAt", gone.leftAt().toString());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(InboxUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        "nothing was accepted: Kafka is unreachable; retry after " + RETRY_AFTER_SECONDS + " s"));
    }

    /** E.g. 7d, 36h, 90m: as the setting would be written. */
    private static String text(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }
}
