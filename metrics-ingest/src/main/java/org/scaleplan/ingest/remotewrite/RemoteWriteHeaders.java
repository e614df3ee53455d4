package org.scaleplan.ingest.remotewrite;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;

/**
 * The headers that make a request remote-write 1.0: {@code Content-Encoding: snappy}, a
 * {@code X-Prometheus-Remote-Write-Version} of 0.1.x (taken as 0.1.0 when absent, as older senders omit it) and,
 * if the content type names a protobuf message, {@code prometheus.WriteRequest}. A remote-write 2.0 message is
 * answered 415 Unsupported Media Type, as the 2.0 specification asks of a receiver that does not take it.
 */
final class RemoteWriteHeaders {

    static final String VERSION = "X-Prometheus-Remote-Write-Version";
    static final String MESSAGE = "prometheus.WriteRequest";

    private RemoteWriteHeaders() {
    }

    /**
     * @param message the {@code proto} parameter of the content type, if any
     * @throws RefusedWriteException naming the header that is wrong
     */
    static void check(@Nullable String message, @Nullable String encoding, @Nullable String version) {
        if (message != null && !message.replace("\"", "").equals(MESSAGE)) {
            throw new RefusedWriteException(Reason.UNSUPPORTED_MESSAGE, "Content-Type names the message " + message
                    + "; this endpoint takes remote-write 1.0 (" + MESSAGE + "): set protobuf_message: " + MESSAGE);
        }
        if (encoding == null || !encoding.strip().toLowerCase(Locale.ROOT).equals("snappy")) {
            throw new RefusedWriteException(Reason.HEADER, "Content-Encoding must be snappy; it is "
                    + (encoding == null ? "absent" : encoding));
        }
        if (version != null && !version.strip().matches("0\\.1(\\.\\d+)?")) {
            throw new RefusedWriteException(Reason.HEADER, VERSION + " " + version
                    + " is not supported; this endpoint speaks remote-write 1.0 (0.1.0)");
        }
    }
}
