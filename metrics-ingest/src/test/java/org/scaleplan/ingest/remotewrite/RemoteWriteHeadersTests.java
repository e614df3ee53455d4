package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;

class RemoteWriteHeadersTests {

    @Test
    void acceptsTheHeadersPrometheusSends() {
        assertThatCode(() -> RemoteWriteHeaders.check(null, "snappy", "0.1.0")).doesNotThrowAnyException();
    }

    @Test
    void takesAMissingVersionAsRemoteWrite1() {
        assertThatCode(() -> RemoteWriteHeaders.check(null, "snappy", null)).doesNotThrowAnyException();
    }

    @Test
    void acceptsTheRemoteWrite1MessageNamedInTheContentType() {
        assertThatCode(() -> RemoteWriteHeaders.check("prometheus.WriteRequest", "snappy", "0.1.0"))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsTheMessageNameInQuotes() {
        assertThatCode(() -> RemoteWriteHeaders.check("\"prometheus.WriteRequest\"", "snappy", "0.1.0"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "identity", "zstd"})
    void refusesEveryOtherEncodingNamingTheHeader(String encoding) {
        assertRefused(null, encoding, "0.1.0", Reason.HEADER, "Content-Encoding");
    }

    @Test
    void refusesABodyWithoutContentEncoding() {
        assertRefused(null, null, "0.1.0", Reason.HEADER, "Content-Encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0.0", "1.0", "0.2.0", "latest"})
    void refusesOtherVersionsNamingTheHeader(String version) {
        assertRefused(null, "snappy", version, Reason.HEADER, "X-Prometheus-Remote-Write-Version");
    }

    @Test
    void answersTheRemoteWrite2MessageWithUnsupportedMediaType() {
        assertRefused("io.prometheus.write.v2.Request", "snappy", "2.0.0", Reason.UNSUPPORTED_MESSAGE,
                "protobuf_message: prometheus.WriteRequest");
    }

    private static void assertRefused(String message, String encoding, String version, Reason reason, String named) {
        assertThatThrownBy(() -> RemoteWriteHeaders.check(message, encoding, version))
                .isInstanceOfSatisfying(RefusedWriteException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason))
                .hasMessageContaining(named);
    }
}
