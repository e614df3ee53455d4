package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisProcessTests {

    @Test
    void saysExactlyWhatToInstallWhenThereIsNoRedisServer(@TempDir Path emptyDirectory) {
        assertThatThrownBy(() -> RedisProcess.start(emptyDirectory.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y redis-server")
                .hasMessageContaining("Docker");
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
