package org.scaleplan.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostCommandsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CostCommands commands = new CostCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void checkPassesTheShippedModel() {
        assertThat(commands.run("check", "src/main/resources/cost/cost-model.yml")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid: 5 priced resources, phases [1, 2, 3, 4]");
    }

    @Test
    void checkNamesEveryProblemWithItsLineAndFails(@TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("model.yml"), """
                resources:
                  - {metric: gpus, category: ai, usd-per-unit-hour: 2, utilisation: gpu_busy}
                """);

        assertThat(commands.run("check", model.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(model + ":2: utilisation: unknown key");
        assertThat(commands.run("check", dir.resolve("missing.yml").toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("missing.yml:0: file: cannot be read");
    }

    @Test
    void anythingElseGetsTheUsage() {
        assertThat(commands.run("check")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: cost-service check");
    }
}
