package org.scaleplan.incident.outbound;

/**
 * The answer to an outbound call, whatever its status: the caller decides what counts as success.
 *
 * @param body the first {@value #MAX_BODY_CHARS} characters of the response body at most
 */
public record HttpOutcome(int status, String body) {

    public static final int MAX_BODY_CHARS = 2_000;

    public HttpOutcome {
        body = body == null ? "" : body;
        if (body.length() > MAX_BODY_CHARS) {
            // Not between the two halves of a surrogate pair.
            int end = Character.isHighSurrogate(body.charAt(MAX_BODY_CHARS - 1)) ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
            body = body.substring(0, end);
        }
    }
}
