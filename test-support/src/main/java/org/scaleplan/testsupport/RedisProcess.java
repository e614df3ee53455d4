package org.scaleplan.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** A throw-away {@code redis-server} process on a free loopback port, without persistence. */
final class RedisProcess {

    static final String MISSING = "These tests need a real Redis and found neither a Docker daemon nor redis-server"
            + " on PATH. Install it (Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis)"
            + " or start Docker so Testcontainers can run the redis image.";

    private RedisProcess() {
    }

    static RedisEndpoint start() {
        return start(System.getenv().getOrDefault("PATH", ""));
    }

    /** Starts the first {@code redis-server} found in {@code searchPath} (directories as in PATH). */
    static RedisEndpoint start(String searchPath) {
        Path executable = find("redis-server", searchPath).orElseThrow(() -> new IllegalStateException(MISSING));
        int port = Processes.freePort();
        try {
            Process process = new ProcessBuilder(executable.toString(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            awaitPong(port, process);
            return new RedisEndpoint("127.0.0.1", port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + executable, e);
        }
    }

    private static void awaitPong(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (answersPing(port)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        process.destroy();
        throw new IllegalStateException("redis-server on port " + port + " did not answer PING within 10 s");
    }

    private static boolean answersPing(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return "+PONG".equals(in.readLine());
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Optional<Path> find(String name, String searchPath) {
        return Stream.of(searchPath.split(File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
