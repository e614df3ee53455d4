package org.scaleplan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;

/**
 * A Scaleplan service run from its boot jar in its own JVM, for tests that must kill it as a crash would
 * ({@code kill -9}) and start it again. It gets the test broker, Redis and admin key through environment variables,
 * like a deployed service, plus any {@code properties} given as {@code --name=value} arguments.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(120);
    /** Small and quick to start: five services and a broker share the test machine's two cores. */
    private static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private final Path jar;
    private final Path logFile;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final @Nullable Map<String, String> environment;
    private final List<String> jvmOptions;
    private Map<String, String> properties = Map.of();
    private Process process;
    private String lastHealth = "no answer";

    /** @param jar the service's boot jar; a test run after {@code package} finds it in {@code target/} */
    public ServiceProcess(Path jar, Path logFile) {
        this(jar, logFile, null);
    }

    /**
     * @param environment the broker, Redis and admin key as environment variables (see {@link #environment});
     *        null for the test JVM's {@link Infrastructure}
     */
    public ServiceProcess(Path jar, Path logFile, @Nullable Map<String, String> environment) {
        this(jar, logFile, environment, TEST_JVM_OPTIONS);
    }

    /** @param jvmOptions the JVM's options, e.g. a deployment's, instead of the tests' small and quick ones */
    public ServiceProcess(Path jar, Path logFile, @Nullable Map<String, String> environment,
            List<String> jvmOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the tests with 'mvn verify', which packages it");
        }
        this.jar = jar;
        this.logFile = logFile;
        this.environment = environment;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.port = Processes.freePort();
    }

    public int port() {
        return port;
    }

    /** Starts the service again, after {@link #kill()}, as it was started last time, on the same port. */
    public ServiceProcess restart() {
        return start(properties);
    }

    /** Starts the service with {@code properties} and waits until its health answers UP. */
    public ServiceProcess start(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
        List<String> command = new ArrayList<>();
        command.add(Processes.jdkTool("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment != null ? environment
                : environment(Infrastructure.kafkaBootstrapServers(), Infrastructure.redis()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        awaitHealthy();
        return this;
    }

    /** What a service needs to run against {@code bootstrapServers} and {@code redis}, with the tests' admin key. */
    public static Map<String, String> environment(String bootstrapServers, RedisEndpoint redis) {
        return Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "SPRING_DATA_REDIS_HOST", redis.host(),
                "SPRING_DATA_REDIS_PORT", String.valueOf(redis.port()),
                "SCALEPLAN_ADMIN_KEY", ServiceProperties.ADMIN_KEY);
    }

    /** Ends the service as a crash would: SIGKILL, no shutdown hooks, no goodbye to the broker. */
    public void kill() {
        Processes.kill(process);
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(jar.getFileName() + " exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            if (healthy()) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(jar.getFileName() + " was not healthy within " + START_PATIENCE
                + "; health said: " + lastHealth + "; the end of " + logFile + ":\n" + tail());
    }

    /** The last lines of the service's log, so a failure says why without the log (a temporary file) at hand. */
    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            lastHealth = health.statusCode() + " " + health.body();
            return health.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
