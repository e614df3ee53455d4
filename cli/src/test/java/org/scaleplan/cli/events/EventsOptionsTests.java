package org.scaleplan.cli.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.scaleplan.cli.UsageException;
import org.scaleplan.contracts.Topics;

class EventsOptionsTests {

    @Test
    void tailsEveryTopicButMetricsFromNowOnByDefault() {
        EventsOptions options = EventsOptions.parse(List.of());

        assertThat(options.topics()).hasSize(Topics.ALL.size() - 1).doesNotContain(Topics.METRICS)
                .containsAll(List.of(Topics.PHASE_CHANGES, Topics.INCIDENT_EVENTS, Topics.API_KEYS));
        assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(options.fromBeginning()).isFalse();
        assertThat(options.json()).isFalse();
        assertThat(options.wants("any-system")).isTrue();
    }

    @Test
    void takesAliasesAndFullNamesOnceEach() {
        EventsOptions options = EventsOptions.parse(List.of("metrics", "alerts", Topics.ALERTS, "api-keys"));

        assertThat(options.topics()).containsExactly(Topics.METRICS, Topics.ALERTS, Topics.API_KEYS);
    }

    @Test
    void takesADeadLetterTopic() {
        String deadLetter = Topics.deadLetter(Topics.ALERTS, "incident-service");

        assertThat(EventsOptions.parse(List.of(deadLetter)).topics()).containsExactly(deadLetter);
    }

    @Test
    void refusesAMistypedAliasNamingTheKnownOnes() {
        assertThatExceptionOfType(UsageException.class).isThrownBy(() -> EventsOptions.parse(List.of("alert")))
                .withMessageStartingWith("unknown topic 'alert'")
                .withMessageContaining("alerts, api-keys, budgets, cost, incidents, metrics, phase-changes, security");
    }

    @Test
    void readsEveryOption() {
        EventsOptions options = EventsOptions.parse(List.of("incidents", "--bootstrap-servers=kafka:29092",
                "--from-beginning", "--system=shop-prod", "--json"));

        assertThat(options).isEqualTo(new EventsOptions(List.of(Topics.INCIDENT_EVENTS), "kafka:29092", true,
                "shop-prod", true));
        assertThat(options.wants("shop-prod")).isTrue();
        assertThat(options.wants("blog-prod")).isFalse();
        assertThat(options.wants(null)).isFalse();
    }
}
