package org.scaleplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTests {

    @TempDir
    Path dir;

    @Test
    void findsTheYamlFilesOfADirectoryByName() throws IOException {
        for (String name : List.of("b.yaml", "a.yml", "notes.txt", "c.yml.bak")) {
            Files.writeString(dir.resolve(name), "x: 1");
        }

        assertThat(ConfigFiles.in(dir, "rule files")).containsExactly(dir.resolve("a.yml"), dir.resolve("b.yaml"));
    }

    @Test
    void aDirectoryWithoutYamlOrNoDirectoryIsAProblemNamingIt() {
        assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> ConfigFiles.in(dir, "rule files"))
                .satisfies(e -> assertThat(e.problems()).containsExactly(dir + ": no *.yml or *.yaml rule files"));
        Path missing = dir.resolve("missing");
        assertThatExceptionOfType(InvalidConfigException.class).isThrownBy(() -> ConfigFiles.in(missing, "runbooks"))
                .withMessageContaining("invalid runbooks").withMessageContaining(missing + ": not a directory");
    }

    @Test
    void readsTextsAndMarksAFileThatCannotBeRead() throws IOException {
        Path readable = Files.writeString(dir.resolve("a.yml"), "x: 1");
        Path gone = dir.resolve("gone.yml");

        assertThat(ConfigFiles.texts(List.of(readable, gone)))
                .containsEntry(readable.toString(), "x: 1")
                .containsEntry(gone.toString(), null)
                .hasSize(2);
    }

    @Test
    void aMissingShippedFileIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> ConfigFiles.classpath(List.of("nope/missing.yml")))
                .withMessage("nope/missing.yml is missing from the classpath");
    }
}
