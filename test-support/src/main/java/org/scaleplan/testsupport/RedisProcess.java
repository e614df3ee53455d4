package org.scaleplan.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A throw-away {@code redis-server} process on a free loopback port, without persistence: killed and started again,
 * it comes back empty on the same port, as a Redis without persistence does after a crash.
 *
 * <p>It runs on the machine's real clock even when the tests run under libfaketime (which makes {@code redis-server}
 * fail at start): Scaleplan gives Redis only relative expiries, so Redis's own clock never meets the tests' clock.
 */
public final class RedisProcess {

    static final String MISSING = "These tests need a real Redis and found neither a Docker daemon, nor redis-server"
            + " on PATH, nor an embedded-redis binary for " + System.getProperty("os.name") + "/"
            + System.getProperty("os.arch") + ". Install it (Debian/Ubuntu: apt-get install -y redis-server; macOS:"
            + " brew install redis) or start Docker so Testcontainers can run the redis image.";
    /** What libfaketime reads from the environment; see the class comment. */
    private static final List<String> FAKETIME = List.of("LD_PRELOAD", "DYLD_INSERT_LIBRARIES",
            "DYLD_FORCE_FLAT_NAMESPACE", "FAKETIME");

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

    /** Starts the first {@code redis-server} found in {@code searchPath} (directories as in PATH), else the embedded one. */
    static RedisProcess start(String searchPath) {
        return start(RedisBinary.find(searchPath).orElseThrow(() -> new IllegalStateException(MISSING)));
    }

    static RedisProcess start(Path executable) {
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
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--port", String.valueOf(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().keySet().removeIf(name -> FAKETIME.contains(name));
            Process started = builder.start();
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
}
