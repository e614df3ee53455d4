package org.scaleplan.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class EventTypesTests {

    @Test
    void publishesEveryTypeOnAKnownTopic() {
        assertThat(EventTypes.ALL).extracting(EventType::topic).allMatch(Topics.ALL::contains);
    }

    @Test
    void givesEveryTopicASingleProducerBesidesTheAccessLibrary() {
        Map<String, Set<String>> producersByTopic = EventTypes.ALL.stream()
                .filter(type -> !type.producer().equals(EventTypes.ACCESS_LIBRARY))
                .collect(Collectors.groupingBy(EventType::topic,
                        Collectors.mapping(EventType::producer, Collectors.toSet())));

        assertThat(producersByTopic).allSatisfy((topic, producers) -> assertThat(producers).hasSize(1));
    }

    @Test
    void mapsEveryJavaTypeToOneType() {
        assertThat(EventTypes.ALL).extracting(EventType::javaType).doesNotHaveDuplicates();
    }

    @Test
    void namesEveryTypeUniquely() {
        assertThat(EventTypes.ALL).extracting(EventType::type).doesNotHaveDuplicates();
    }

    @Test
    void findsEveryTypeByNameAndByClass() {
        assertThat(EventTypes.ALL).allSatisfy(type -> {
            assertThat(EventTypes.named(type.type())).contains(type);
            assertThat(EventTypes.of(type.javaType())).isEqualTo(type);
        });
    }

    @Test
    void findsNoTypeForAnUnknownName() {
        assertThat(EventTypes.named("scaleplan.phase.changed.v2")).isEmpty();
    }

    @Test
    void refusesAClassThatIsNotAnEventType() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventTypes.of(String.class))
                .withMessageContaining("java.lang.String");
    }

    @Test
    void letsOnlyTheProducerWriteAndAnyServiceWriteAuditRecords() throws Exception {
        ScaleplanEvent sample = EventJson.read(
                GoldenFileTests.class.getResourceAsStream("/golden/scaleplan.metric.sample.json").readAllBytes(),
                "scaleplan.metric.sample");
        ScaleplanEvent audited = EventJson.read(
                GoldenFileTests.class.getResourceAsStream("/golden/scaleplan.access.action-audited.json").readAllBytes(),
                "scaleplan.access.action-audited");

        assertThat(EventTypes.writableBy(sample, "metrics-ingest").topic()).isEqualTo(Topics.METRICS);
        assertThatThrownBy(() -> EventTypes.writableBy(sample, "cost-service"))
                .hasMessage("cost-service may not publish scaleplan.metric.sample: only metrics-ingest writes "
                        + Topics.METRICS);
        assertThat(EventTypes.writableBy(audited, "cost-service").topic()).isEqualTo(Topics.SECURITY_EVENTS);
    }
}
