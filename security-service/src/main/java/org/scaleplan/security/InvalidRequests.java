package org.scaleplan.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns invalid requests into {@code application/problem+json} that say which field and why. */
@RestControllerAdvice
class InvalidRequests {

    @ExceptionHandler
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.problems().stream().map(p -> p.field() + " " + p.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
