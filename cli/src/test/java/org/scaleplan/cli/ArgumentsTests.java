package org.scaleplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTests {

    private static final Set<String> VALUED = Set.of("port");
    private static final Set<String> FLAGS = Set.of("json");

    @Test
    void separatesWordsValuesAndFlags() {
        Arguments arguments = Arguments.parse(List.of("alerts", "--port=8099", "--json", "cost"), VALUED, FLAGS);

        assertThat(arguments.positional()).containsExactly("alerts", "cost");
        assertThat(arguments.value("port")).contains("8099");
        assertThat(arguments.flag("json")).isTrue();
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSignInAValue() {
        assertThat(Arguments.parse(List.of("--port=a=b"), VALUED, FLAGS).value("port")).contains("a=b");
    }

    @Test
    void leavesAbsentOptionsEmpty() {
        Arguments arguments = Arguments.parse(List.of(), VALUED, FLAGS);

        assertThat(arguments.value("port")).isEmpty();
        assertThat(arguments.flag("json")).isFalse();
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatExceptionOfType(UsageException.class)
                .isThrownBy(() -> Arguments.parse(List.of("--from-begining"), VALUED, FLAGS))
                .withMessage("unknown option --from-begining");
    }

    @Test
    void refusesAValuedOptionWithoutValue() {
        assertThatExceptionOfType(UsageException.class)
                .isThrownBy(() -> Arguments.parse(List.of("--port"), VALUED, FLAGS))
                .withMessage("--port needs a value: --port=...");
    }

    @Test
    void refusesAFlagWithAValue() {
        assertThatExceptionOfType(UsageException.class)
                .isThrownBy(() -> Arguments.parse(List.of("--json=yes"), VALUED, FLAGS))
                .withMessage("--json takes no value");
    }
}
