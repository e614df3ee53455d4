package org.scaleplan.ingest.remotewrite;

/**
 * A remote-write request refused whole, before any of its samples was looked at: its headers, its size or its
 * bytes are not remote-write 1.0. Always a 4xx, which a sender does not retry.
 */
class RefusedWriteException extends RuntimeException {

    /** Why, with the status it is answered with and the tag it is counted under. */
    enum Reason {
        HEADER(400, "header"),
        UNSUPPORTED_MESSAGE(415, "unsupported-message"),
        NOT_SNAPPY(400, "not-snappy"),
        NOT_PROTOBUF(400, "not-protobuf"),
        TOO_LARGE(413, "too-large");

        private final int status;
        private final String tag;

        Reason(int status, String tag) {
            this.status = status;
            this.tag = tag;
        }

        int status() {
            return status;
        }

        String tag() {
            return tag;
        }
    }

    private final Reason reason;

    RefusedWriteException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
