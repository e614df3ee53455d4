package org.scaleplan.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HotMethodsTests {

    @Test
    void aFamilyIsTheLibrarysLeadingPackages() {
        // org./com. names keep three parts (the organisation and the project), others two.
        assertThat(HotMethods.family("org.apache.kafka.common.record.MemoryRecords.filterTo"))
                .isEqualTo("org.apache.kafka");
        assertThat(HotMethods.family("org.scaleplan.ingest.Intake.accept")).isEqualTo("org.scaleplan.ingest");
        assertThat(HotMethods.family("tools.jackson.core.json.UTF8StreamJsonParser.nextToken"))
                .isEqualTo("tools.jackson");
        assertThat(HotMethods.family("java.util.HashMap.getNode")).isEqualTo("java.util");
        assertThat(HotMethods.family("(no stack)")).isEqualTo("(no stack)");
    }

    @Test
    void timeInTheJdkCountsForTheCodeThatCalledIt() {
        List<String> stack = List.of("java.util.HashMap.getNode", "sun.nio.ch.Net.poll",
                "tools.jackson.core.json.UTF8StreamJsonParser.nextToken", "org.scaleplan.ingest.Intake.accept");

        assertThat(HotMethods.caller(stack)).isEqualTo("tools.jackson.core.json.UTF8StreamJsonParser.nextToken");
    }

    @Test
    void aStackOfOnlyJdkFramesCountsForItsTop() {
        assertThat(HotMethods.caller(List.of("java.lang.Thread.run", "jdk.internal.misc.Unsafe.park")))
                .isEqualTo("java.lang.Thread.run");
    }
}
