package org.scaleplan.incident.runbooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatesTests {

    private static final Map<String, String> VALUES = Map.of("incident.id", "inc-7", "incident.system", "shop-prod",
            "labels.client_ip", "203.0.113.7");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a variable, a label, both
            "incident {{incident.id}}                      | incident inc-7",
            "block {{labels.client_ip}}                    | block 203.0.113.7",
            "{{incident.system}}/{{labels.client_ip}}       | shop-prod/203.0.113.7",
            // spaces inside the braces are allowed
            "{{ incident.id }}                             | inc-7",
            // a label the incident lacks becomes empty text
            "user [{{labels.user}}]                        | user []",
            // text without placeholders is left as it is
            "{\"a\": 1}                                    | {\"a\": 1}",
    })
    void rendersVariablesAndLabels(String template, String rendered) {
        assertThat(Templates.render(template, VALUES)).isEqualTo(rendered);
    }

    @Test
    void insertsValuesLiterallyEvenWithDollarsAndBackslashes() {
        assertThat(Templates.render("{{labels.path}}", Map.of("labels.path", "C:\\$HOME"))).isEqualTo("C:\\$HOME");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a misspelled variable, a label without a name, a bare word, a Prometheus-style annotation variable
            "{{incident.idd}}                   | incident.idd",
            "{{labels.}}                        | labels.",
            "{{ id }} and {{incident.id}}       | id",
            "{{$value}}                         | $value",
    })
    void findsPlaceholdersThatAreNotVariables(String template, String unknown) {
        assertThat(Templates.unknown(template)).containsExactly(unknown);
    }

    @Test
    void knowsEveryVariableAndAnyLabel() {
        List<String> all = Templates.VARIABLES.stream().map(name -> "{{" + name + "}}").toList();

        assertThat(Templates.unknown(String.join(" ", all) + " {{labels.team}} {{ labels.client_ip }}")).isEmpty();
    }
}
