package org.scaleplan.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
