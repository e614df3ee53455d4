package org.scaleplan.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code redis-server} the tests run: the first on the PATH, else the one the embedded-redis jar from Maven
 * Central carries for this operating system and CPU (as {@code ./scaleplan up} falls back to), so {@code mvn verify}
 * needs nothing installed beyond Java and Maven.
 */
final class RedisBinary {

    /** The binaries inside {@code com.github.codemonstur:embedded-redis}, by {@code os.name}/{@code os.arch}. */
    private static final String LINUX_AMD64 = "redis-server-6.2.6-v5-linux-amd64";
    private static final String LINUX_ARM64 = "redis-server-6.2.7-linux-arm64";
    private static final String MAC_AMD64 = "redis-server-6.2.6-v5-darwin-amd64";
    private static final String MAC_ARM64 = "redis-server-6.2.6-v5-darwin-arm64";

    private RedisBinary() {
    }

    /** {@code redis-server} in one of {@code searchPath}'s directories, else the embedded one for this machine. */
    static Optional<Path> find(String searchPath) {
        return onPath(searchPath).or(() -> embedded(System.getProperty("os.name"), System.getProperty("os.arch")));
    }

    static Optional<Path> onPath(String searchPath) {
        return Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Copies the embedded binary for {@code os}/{@code arch} out of its jar once per machine; empty if none fits. */
    static Optional<Path> embedded(String os, String arch) {
        return entry(os, arch).map(RedisBinary::extracted);
    }

    /** The name of the binary in the embedded-redis jar for {@code os}/{@code arch}; empty if it has none. */
    static Optional<String> entry(String os, String arch) {
        String system = os.toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        boolean amd = arch.equals("amd64") || arch.equals("x86_64");
        if (system.startsWith("linux")) {
            return arm ? Optional.of(LINUX_ARM64) : amd ? Optional.of(LINUX_AMD64) : Optional.empty();
        }
        if (system.startsWith("mac")) {
            return arm ? Optional.of(MAC_ARM64) : amd ? Optional.of(MAC_AMD64) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Path extracted(String entry) {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "scaleplan-" + System.getProperty("user.name"),
                entry);
        if (Files.isExecutable(target)) {
            return target;
        }
        try (InputStream in = RedisBinary.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException(entry + " is not on the classpath: is embedded-redis a dependency?");
            }
            Files.createDirectories(target.getParent());
            // Test JVMs may extract at the same time: each writes its own file and renames it into place.
            Path partial = Files.createTempFile(target.getParent(), entry, ".partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + partial + " executable");
            }
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract " + entry + " to " + target, e);
        }
    }
}
