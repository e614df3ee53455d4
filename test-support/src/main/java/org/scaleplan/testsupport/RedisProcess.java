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

/**
 * A throw-away {@code redis-server} process on a free loopback port, without persistence: killed and started again,
 * it comes back empty on the same port, as a Redis without persistence does after a crash.
 */
public final class RedisProcess {

    static final String MISSING = "These tests need a real Redis and found neither a Docker daemon nor redis-server"
            + " on PATH. Install it (Debian/Ubuntu: apt-get install -y redis-server; macOS: brew install redis)"
            + " or start Docker so Testcontainers can run the redis image.";

    private final Path executable;
    private final int port;
    private Process process;

    private RedisProcess(Path executable, int port) {
        this.executable = executable;
        this.port = port;
    }

    public static RedisProcess start() {
        return start(System.getenv().getOrDefault("PATH", ""));
    }

    /** Starts the first {@code redis-server} found in {@code searchPath} (directories as in PATH). */
    static RedisProcess start(String searchPath) {
        Path executable = find("redis-server", searchPath).orElseThrow(() -> new IllegalStateException(MISSING));
        RedisProcess redis = new RedisProcess(executable, Processes.freePort());
        redis.restart();
        return redis;
    }

    public RedisEndpoint endpoint() {
        return new RedisEndpoint("127.0.0.1", port);
    }

    /** Starts the server (again, empty) on its port and returns once it answers PING. */
    public void restart() {
        try {
            Process started = new ProcessBuilder(executable.toString(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
            process = started;
            awaitPong();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + executable, e);
        }
    }

    /** {@code kill -9}: what it held is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends one command over Redis's protocol and returns the first line of the reply ({@code +PONG}, {@code :1}). */
    public String command(String command) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPong() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (answersPing()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        process.destroy();
        throw new IllegalStateException("redis-server on port " + port + " did not answer PING within 10 s");
    }

    private boolean answersPing() {
        try {
            return "+PONG".equals(command("PING"));
        } catch (UncheckedIOException notYet) {
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
