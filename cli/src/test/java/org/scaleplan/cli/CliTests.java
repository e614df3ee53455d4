package org.scaleplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CliTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsUsageOnStandardOutputWhenAskedForHelp() throws Exception {
        assertThat(run("--help")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.usage());
    }

    @Test
    void answersUsageErrorWithoutCommand() throws Exception {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.usage());
    }

    @Test
    void answersUsageErrorForAnUnknownCommand() throws Exception {
        assertThat(run("tail")).isEqualTo(2);
    }

    @Test
    void answersUsageErrorForABadOptionBeforeConnectingAnywhere() throws Exception {
        assertThat(run("events", "alert")).isEqualTo(2);
        assertThat(run("target", "--port=99999")).isEqualTo(2);
    }

    @Test
    void answersFailureWhenThePortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("target", "--port=" + taken.getLocalPort())).isEqualTo(1);
        }
    }

    private int run(String... args) throws InterruptedException {
        return Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
