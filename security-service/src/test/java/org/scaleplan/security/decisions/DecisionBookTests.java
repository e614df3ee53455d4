package org.scaleplan.security.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.EventIds;
import org.scaleplan.contracts.EventJson;
import org.scaleplan.contracts.security.DecisionAction;
import org.scaleplan.contracts.security.DecisionExpired;
import org.scaleplan.contracts.security.DecisionIssued;
import org.scaleplan.contracts.security.Scope;
import org.scaleplan.contracts.security.ScopeType;

class DecisionBookTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Scope ADDRESS = new Scope(ScopeType.ADDRESS, "203.0.113.7");

    @Test
    void issuesADecisionUntilItsTtlAndExpiresItOnceOnTime() {
        DecisionBook.Change<DecisionIssued> issued = DecisionBook.empty().issue("shop", "d-1", DecisionAction.BLOCK,
                ADDRESS, T0, Duration.ofMinutes(10), "brute force", List.of());

        DecisionIssued decision = issued.events().get(0);
        assertThat(decision.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(decision.eventId()).isEqualTo(EventIds.of("decision-issued", "d-1"));
        assertThat(issued.book().expire(T0.plus(Duration.ofMinutes(9))).events()).isEmpty();
        DecisionBook.Change<DecisionExpired> expired = issued.book().expire(T0.plus(Duration.ofMinutes(10)));
        assertThat(expired.events()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("ttl");
            assertThat(e.occurredAt()).isEqualTo(decision.expiresAt());
            assertThat(e.causedBy()).containsExactly(decision.eventId());
        });
        assertThat(expired.book().active()).isEmpty();
        assertThat(expired.book().expire(T0.plus(Duration.ofHours(1))).events()).isEmpty();
    }

    @Test
    void countsOffencesWithinADayAndForgetsThemAfterAQuietDay() {
        DecisionBook book = DecisionBook.empty();
        assertThat(book.offenceAt(ADDRESS, T0)).isEqualTo(1);
        book = book.issue("shop", "d-1", DecisionAction.BLOCK, ADDRESS, T0, Duration.ofMinutes(10), "r", List.of())
                .book();
        assertThat(book.offenceAt(ADDRESS, T0.plus(Duration.ofHours(23)))).isEqualTo(2);
        book = book.issue("shop", "d-2", DecisionAction.BLOCK, ADDRESS, T0.plus(Duration.ofHours(1)),
                Duration.ofMinutes(20), "r", List.of()).book();
        assertThat(book.offenceAt(ADDRESS, T0.plus(Duration.ofHours(2)))).isEqualTo(3);
        assertThat(book.offenceAt(ADDRESS, T0.plus(Duration.ofHours(26)))).isEqualTo(1);
        assertThat(book.offenceAt(new Scope(ScopeType.KEY, "k"), T0)).isEqualTo(1);
    }

    @Test
    void forgetsAnOffenceADayAfterItSoTheBookOfAQuietSystemEmpties() {
        DecisionBook book = DecisionBook.empty().issue("shop", "d-1", DecisionAction.BLOCK, ADDRESS, T0,
                Duration.ofMinutes(10), "r", List.of()).book();

        assertThat(book.expire(T0.plus(Duration.ofHours(23))).book().offences()).hasSize(1);
        assertThat(book.expire(T0.plus(Duration.ofHours(25))).book().offences()).isEmpty();
    }

    @Test
    void endsADecisionEarlyAndIgnoresOneThatIsNotActive() {
        DecisionBook book = DecisionBook.empty().issue("shop", "d-1", DecisionAction.THROTTLE, ADDRESS, T0,
                Duration.ofHours(1), "r", List.of()).book();

        assertThat(book.end("d-1", T0.plusSeconds(5), "deleted by admin").events()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("deleted by admin"));
        assertThat(book.end("d-9", T0, "deleted by admin").events()).isEmpty();
    }

    @Test
    void roundTripsThroughJson() {
        DecisionBook book = DecisionBook.empty().issue("shop", "d-1", DecisionAction.BLOCK, ADDRESS, T0,
                Duration.ofMinutes(10), "r", List.of()).book();

        assertThat(EventJson.mapper().readValue(EventJson.mapper().writeValueAsBytes(book), DecisionBook.class))
                .isEqualTo(book);
    }
}
