package org.scaleplan.ingest.remotewrite;

import java.util.List;

import org.scaleplan.access.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Remote-write's refusals as {@code application/problem+json}. Prometheus logs the body of a 4xx, so the detail
 * says what to fix; rejected samples are listed as {@code errors} (field and reason), at most {@value #LISTED}.
 */
@RestControllerAdvice(assignableTypes = RemoteWriteController.class)
class RemoteWriteProblems {

    static final int LISTED = 100;

    private final RemoteWriteMetrics metrics;

    RemoteWriteProblems(RemoteWriteMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(RefusedWriteException refused) {
        metrics.refused(refused.reason());
        HttpStatusCode status = HttpStatusCode.valueOf(refused.reason().status());
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, refused.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(RejectedSamplesException rejected) {
        CheckedWrite write = rejected.write();
        List<FieldProblem> problems = write.problems();
        String listed = problems.size() > LISTED ? "; the first " + LISTED + " of " + problems.size()
                + " problems are listed" : "";
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rejected.getMessage() + listed);
        problem.setProperty("rejected", write.rejectedSamples());
        problem.setProperty("stored", write.valid().size());
        problem.setProperty("errors", problems.subList(0, Math.min(LISTED, problems.size())));
        return ResponseEntity.badRequest().body(problem);
    }
}
