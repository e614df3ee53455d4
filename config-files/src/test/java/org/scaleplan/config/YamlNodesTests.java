package org.scaleplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.Node;

class YamlNodesTests {

    private final YamlNodes nodes = new YamlNodes("f.yml");

    @Test
    void reportsEveryProblemOfAFileTopToBottomWithItsLine() {
        Node root = nodes.compose("""
                name: ok
                timeout: soon
                colour: red
                steps: 3
                """).orElseThrow();

        Map<String, Node> fields = nodes.fields(root, "file", Set.of("id", "name", "timeout", "steps"));
        nodes.list(fields.get("steps"), "steps");
        nodes.duration(fields.get("timeout"), "timeout");
        nodes.required(root, fields, List.of("id", "name"));

        assertThat(nodes.problems()).containsExactly(
                "f.yml:1: id: is required",
                "f.yml:2: timeout: must be a duration like 30s, 5m, 1h",
                "f.yml:3: colour: unknown key (expected one of [id, name, steps, timeout])",
                "f.yml:4: steps: must be a list");
    }

    @Test
    void namesTheLineOfASyntaxError() {
        assertThat(nodes.compose("a: [1, 2\nb: 3\n")).isEmpty();

        assertThat(nodes.problems()).singleElement().asString().startsWith("f.yml:").contains(": yaml: ");
    }

    @Test
    void readsNoDocumentFromAnEmptyTextWithoutAProblem() {
        assertThat(nodes.compose("")).isEmpty();
        assertThat(nodes.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"250ms, PT0.25S", "30s, PT30S", "5m, PT5M", "2h, PT2H", "1d, PT24H"})
    void readsDurations(String text, Duration expected) {
        Node node = nodes.compose("d: " + text).map(root -> nodes.fields(root, "file", Set.of("d")).get("d"))
                .orElseThrow();

        assertThat(nodes.duration(node, "d")).isEqualTo(expected);
        assertThat(nodes.problems()).isEmpty();
    }
}
