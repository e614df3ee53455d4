package org.scaleplan.access;

import java.io.IOException;
import java.util.List;

import org.scaleplan.contracts.EventJson;
import org.scaleplan.messaging.KafkaUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes refusals as {@code application/problem+json} (RFC 9457), and answers {@link NotFoundException} from
 * controllers with exactly the same bytes as the filter's out-of-scope 404.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    void write(HttpServletRequest request, HttpServletResponse response, Denial denial) throws IOException {
        response.setStatus(denial.status().value());
        denial.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Problem problem = new Problem("about:blank", denial.status().getReasonPhrase(), denial.status().value(),
                denial.detail(), request.getRequestURI());
        EventJson.mapper().writeValue(response.getOutputStream(), problem);
    }

    /** 400 naming every bad field: {@code {"detail": "...", "errors": [{"field", "reason"}]}}. */
    @ExceptionHandler(InvalidRequestException.class)
    void invalid(HttpServletRequest request, HttpServletResponse response, InvalidRequestException invalid)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        EventJson.mapper().writeValue(response.getOutputStream(), new InvalidProblem("about:blank", "Bad Request",
                400, invalid.getMessage(), request.getRequestURI(), invalid.problems()));
    }

    @ExceptionHandler(RefusedException.class)
    void refused(HttpServletRequest request, HttpServletResponse response, RefusedException refused)
            throws IOException {
        write(request, response, refused.denial());
    }

    /** Kafka did not take a record the request depends on: not the client's fault, so 503 with a retry. */
    @ExceptionHandler(KafkaUnavailableException.class)
    void kafkaUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, Denial.kafkaUnavailable());
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, Denial.notFound());
    }

    /** An RFC 9457 problem with the extension member {@code errors}. */
    record InvalidProblem(String type, String title, int status, String detail, String instance,
            List<FieldProblem> errors) {
    }

    /** RFC 9457's members, in its order; {@code about:blank} means the title is the status's reason phrase. */
    record Problem(String type, String title, int status, String detail, String instance) {
    }
}
