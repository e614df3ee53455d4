package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisProcessTests {

    @Test
    void runsTheEmbeddedServerWhenNoneIsOnThePath(@TempDir Path emptyDirectory) {
        assertThat(RedisBinary.onPath(emptyDirectory.toString())).isEmpty();

        RedisProcess redis = RedisProcess.start(emptyDirectory.toString());

        assertThat(redis.command("PING")).isEqualTo("+PONG");
        redis.kill();
    }

    @Test
    void embedsServersForLinuxAndMacOnAmdAndArmOnly() {
        assertThat(RedisBinary.entry("Linux", "amd64")).isPresent();
        assertThat(RedisBinary.entry("Linux", "aarch64")).isPresent();
        assertThat(RedisBinary.entry("Mac OS X", "x86_64")).isPresent();
        assertThat(RedisBinary.entry("Mac OS X", "aarch64")).isPresent();
        assertThat(RedisBinary.entry("Linux", "s390x")).isEmpty();
        assertThat(RedisBinary.entry("Windows 11", "amd64")).isEmpty();
    }

    @Test
    void comesBackEmptyOnTheSamePortAfterAKill() {
        RedisProcess redis = RedisProcess.start();
        assertThat(redis.command("SET drill 1")).isEqualTo("+OK");
        redis.kill();
        assertThatThrownBy(() -> redis.command("PING")).isInstanceOf(UncheckedIOException.class);

        redis.restart();

        assertThat(redis.command("EXISTS drill")).isEqualTo(":0");
        redis.kill();
    }
}
