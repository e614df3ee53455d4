package org.scaleplan.ingest.remotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.scaleplan.ingest.remotewrite.Fixtures.body;
import static org.scaleplan.ingest.remotewrite.Fixtures.request;
import static org.scaleplan.ingest.remotewrite.Fixtures.sample;
import static org.scaleplan.ingest.remotewrite.Fixtures.series;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scaleplan.access.Caller;
import org.scaleplan.access.Role;
import org.scaleplan.ingest.Accepted;
import org.scaleplan.ingest.IncomingSample;
import org.scaleplan.ingest.Intake;
import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;
import org.springframework.mock.web.MockHttpServletRequest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RemoteWriteControllerTests {

    private static final Caller PROMETHEUS = new Caller("key_rw", "prometheus", Set.of(Role.INGEST), Set.of());

    private final Instant now = Fixtures.NOW;
    private final Intake intake = mock(Intake.class);
    private final RemoteWriteController controller = new RemoteWriteController(new RemoteWriteDecoder(4096, 100),
            new WriteChecker(Fixtures.rules()),
            intake, new RemoteWriteMetrics(new SimpleMeterRegistry()), new RemoteWriteLimits(4096, 100));

    @Test
    void answers204OnceTheIntakeTookEverySample() throws IOException {
        when(intake.accept(anyList(), any(), any(), any())).thenReturn(new Accepted(1, false));

        var answer = controller.write(post(body(request(series("up", "shop-prod", Map.of(), sample(1, now))))),
                PROMETHEUS, "snappy", "0.1.0", "key-1");

        assertThat(answer.getStatusCode().value()).isEqualTo(204);
        verify(intake).accept(List.of(new IncomingSample("shop-prod", "up", Map.of(), 1, now)), PROMETHEUS,
                "127.0.0.1", "key-1");
    }

    @Test
    void handsTheValidSamplesToTheIntakeBeforeRejectingTheOthers() {
        byte[] body = body(request(series("up", "shop-prod", Map.of(), sample(1, now)),
                series("bad-name", "shop-prod", Map.of(), sample(2, now))));

        assertThatThrownBy(() -> controller.write(post(body), PROMETHEUS, "snappy", "0.1.0", null))
                .isInstanceOf(RejectedSamplesException.class);
        verify(intake).accept(List.of(new IncomingSample("shop-prod", "up", Map.of(), 1, now)), PROMETHEUS,
                "127.0.0.1", null);
    }

    @Test
    void callsTheIntakeForNothingWhenNoSampleIsValid() {
        byte[] body = body(request(series("bad-name", "shop-prod", Map.of(), sample(2, now))));

        assertThatThrownBy(() -> controller.write(post(body), PROMETHEUS, "snappy", "0.1.0", null))
                .isInstanceOf(RejectedSamplesException.class);
        verify(intake, never()).accept(anyList(), any(), any(), any());
    }

    @Test
    void refusesABodyLargerThanTheLimitWithoutReadingIt() {
        MockHttpServletRequest request = post(new byte[4097]);

        assertThatThrownBy(() -> controller.write(request, PROMETHEUS, "snappy", "0.1.0", null))
                .isInstanceOfSatisfying(RefusedWriteException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void refusesABodyLargerThanTheLimitThatStatesNoLength() {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/write") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContentType(RemoteWriteController.PROTOBUF);
        chunked.setContent(new byte[4097]);

        assertThatThrownBy(() -> controller.write(chunked, PROMETHEUS, "snappy", "0.1.0", null))
                .isInstanceOfSatisfying(RefusedWriteException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    private static MockHttpServletRequest post(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/write");
        request.setContentType(RemoteWriteController.PROTOBUF);
        request.setContent(body);
        return request;
    }
}
