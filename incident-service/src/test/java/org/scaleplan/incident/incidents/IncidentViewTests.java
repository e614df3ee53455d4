package org.scaleplan.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.incident.IncidentEvent;
import org.scaleplan.contracts.incident.IncidentOpened;
import org.scaleplan.contracts.incident.IncidentRepeated;
import org.scaleplan.contracts.incident.IncidentSource;
import org.scaleplan.contracts.incident.RunbookStepStarted;
import org.scaleplan.contracts.incident.RunbookStepSucceeded;
import org.scaleplan.incident.incidents.IncidentView.Sizes;
import org.scaleplan.incident.incidents.Signal.Kind;

class IncidentViewTests {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);

    private final List<String> reached = new ArrayList<>();
    private final List<SystemEvent> log = new ArrayList<>();
    private final IncidentView view = view(new IncidentLimits(RETENTION, 3, 4));

    @Nested
    class Retention {

        @Test
        void aResolvedIncidentLeavesWithItsTimelineAndSignalIdsOnceResolvedForTheRetention() {
            String gone = opened(publish(trigger("fp-1", T0)));
            publish(trigger("fp-1", T0.plusSeconds(30)));
            publish(resolve("fp-1", T0.plusSeconds(60)));

            publish(trigger("fp-2", T0.plusSeconds(60).plus(RETENTION).minusSeconds(1)));
            assertThat(view.incident(gone)).isPresent();
            publish(trigger("fp-3", T0.plusSeconds(60).plus(RETENTION)));

            assertThat(view.incident(gone)).isEmpty();
            assertThat(view.timeline(gone)).isEmpty();
            assertThat(view.departure(gone)).hasValueSatisfying(departure -> {
                assertThat(departure.cause()).isEqualTo(Departure.Cause.RETENTION);
                assertThat(departure.resolvedAt()).isEqualTo(T0.plusSeconds(60));
                assertThat(departure.system()).isEqualTo("shop");
            });
            // Only fp-2's and fp-3's openings are left: one entry and one signal id each.
            assertThat(view.sizes()).isEqualTo(new Sizes(2, 2, 2, 1));
            assertThat(reached).isEmpty();
        }

        @Test
        void anOpenIncidentStaysHoweverOldAndItsRepeatsStillJoinIt() {
            String open = opened(publish(trigger("fp-1", T0)));
            publish(trigger("fp-2", T0.plus(Duration.ofDays(1))));
            publish(resolve("fp-2", T0.plus(Duration.ofDays(1))));

            publish(trigger("fp-3", T0.plus(Duration.ofDays(30))));
            List<SystemEvent> repeat = publish(trigger("fp-1", T0.plus(Duration.ofDays(30))));

            assertThat(view.incident(open)).isPresent();
            assertThat(repeat).singleElement().isInstanceOfSatisfying(IncidentRepeated.class,
                    repeated -> assertThat(repeated.incidentId()).isEqualTo(open));
            assertThat(view.incidents(incident -> true, 10)).hasSize(2);
        }

        @Test
        void theOpeningOfAnIncidentThatLeftReadBackFromTheLogDoesNotBringItBack() {
            List<SystemEvent> first = publish(trigger("fp-1", T0));
            publish(resolve("fp-1", T0));
            publish(trigger("fp-2", T0.plus(RETENTION)));

            first.forEach(view::apply);

            assertThat(view.incident(opened(first))).isEmpty();
            assertThat(view.sizes().incidents()).isOne();
        }

        @Test
        void aViewRebuiltFromTheLogHoldsExactlyWhatTheLiveViewHolds() {
            for (int day = 0; day < 20; day++) {
                Instant at = T0.plus(Duration.ofDays(day));
                publish(trigger("fp-" + day, at));
                publish(trigger("fp-" + day, at.plusSeconds(10)));
                if (day % 3 != 0) {
                    publish(resolve("fp-" + day, at.plusSeconds(20)));
                }
            }
            IncidentView rebuilt = view(new IncidentLimits(RETENTION, 3, 4));

            log.forEach(rebuilt::apply);

            assertThat(rebuilt.incidents(incident -> true, 100))
                    .containsExactlyElementsOf(view.incidents(incident -> true, 100));
            assertThat(rebuilt.sizes()).isEqualTo(view.sizes());
        }
    }

    @Nested
    class Bounds {

        @Test
        void beyondMaxIncidentsTheIncidentResolvedLongestAgoLeavesEarlyAndIsCounted() {
            String first = opened(publish(trigger("fp-1", T0)));
            String second = opened(publish(trigger("fp-2", T0)));
            publish(resolve("fp-1", T0.plusSeconds(10)));
            publish(resolve("fp-2", T0.plusSeconds(20)));
            publish(trigger("fp-3", T0.plusSeconds(30)));

            publish(trigger("fp-4", T0.plusSeconds(40)));

            assertThat(view.incident(first)).isEmpty();
            assertThat(view.departure(first)).hasValueSatisfying(departure ->
                    assertThat(departure.cause()).isEqualTo(Departure.Cause.MAX_INCIDENTS));
            assertThat(view.incident(second)).isPresent();
            assertThat(view.sizes().incidents()).isEqualTo(3);
            assertThat(reached).containsExactly(IncidentLimits.MAX_INCIDENTS);
        }

        @Test
        void whenEveryIncidentHeldIsOpenASignalThatWouldOpenAnotherOpensNoneAndIsCounted() {
            String first = opened(publish(trigger("fp-1", T0)));
            publish(trigger("fp-2", T0));
            publish(trigger("fp-3", T0));

            assertThat(publish(trigger("fp-4", T0.plusSeconds(10)))).isEmpty();
            assertThat(publish(trigger("fp-1", T0.plusSeconds(10)))).singleElement()
                    .isInstanceOfSatisfying(IncidentRepeated.class,
                            repeated -> assertThat(repeated.incidentId()).isEqualTo(first));
            assertThat(view.sizes().incidents()).isEqualTo(3);
            assertThat(reached).containsExactly(IncidentLimits.MAX_INCIDENTS);
        }

        @Test
        void aTimelineKeepsItsOpeningAndNewestEntriesAndForgetsTheSignalIdsOfTheRest() {
            Signal opening = trigger("fp-1", T0);
            String id = opened(publish(opening));
            List<Signal> repeats = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                repeats.add(trigger("fp-1", T0.plusSeconds(i)));
                publish(repeats.get(i - 1));
            }

            assertThat(view.timeline(id)).hasSize(4).first().isInstanceOf(IncidentOpened.class);
            assertThat(view.timeline(id).subList(1, 4)).extracting(event -> ((IncidentRepeated) event).causedBy())
                    .containsExactly(List.of(repeats.get(2).eventId()), List.of(repeats.get(3).eventId()),
                            List.of(repeats.get(4).eventId()));
            assertThat(view.incident(id).orElseThrow().signals()).containsExactly(opening.eventId(),
                    repeats.get(2).eventId(), repeats.get(3).eventId(), repeats.get(4).eventId());
            assertThat(view.sizes()).isEqualTo(new Sizes(1, 4, 4, 0));
            assertThat(reached).containsExactly(IncidentLimits.MAX_TIMELINE_ENTRIES,
                    IncidentLimits.MAX_TIMELINE_ENTRIES);
        }

        @Test
        void aTrimmedTimelineLeavesTheRunWhereItWas() {
            IncidentOpened opening = (IncidentOpened) publish(trigger("fp-1", T0)).get(0);
            String id = opening.incidentId();
            RunbookStepStarted started = new RunbookStepStarted(UUID.randomUUID(), T0, "shop", id, "page-team",
                    "page", "http", 1, List.of(opening.eventId()));
            RunbookStepSucceeded succeeded = new RunbookStepSucceeded(UUID.randomUUID(), T0, "shop", id,
                    "page-team", "page", 1, "HTTP 200", List.of(started.eventId()));
            view.apply(started);
            view.apply(succeeded);
            for (int i = 1; i <= 5; i++) {
                publish(trigger("fp-1", T0.plusSeconds(i)));
            }

            assertThat(view.timeline(id)).doesNotContain(started, succeeded);
            assertThat(view.lastStep(id)).contains(succeeded);
            assertThat(view.runbook(id)).contains("page-team");
        }
    }

    @Test
    void anEventAppliedTwiceCountsOnce() {
        List<SystemEvent> events = publish(trigger("fp-1", T0));
        events.addAll(publish(trigger("fp-1", T0.plusSeconds(1))));

        events.forEach(view::apply);

        assertThat(view.timeline(opened(events))).containsExactlyElementsOf(events);
        assertThat(view.sizes()).isEqualTo(new Sizes(1, 2, 2, 0));
    }

    private IncidentView view(IncidentLimits limits) {
        return new IncidentView(limits, (bound, limit, outcome) -> reached.add(bound));
    }

    private List<SystemEvent> publish(Signal signal) {
        List<SystemEvent> events = new ArrayList<>(view.decide(signal));
        events.forEach(view::apply);
        log.addAll(events);
        return events;
    }

    private static String opened(List<SystemEvent> events) {
        return ((IncidentEvent) events.get(0)).incidentId();
    }

    private static Signal trigger(String fingerprint, Instant at) {
        return signal(fingerprint, Kind.TRIGGER, at);
    }

    private static Signal resolve(String fingerprint, Instant at) {
        return signal(fingerprint, Kind.RESOLVE, at);
    }

    private static Signal signal(String fingerprint, Kind kind, Instant at) {
        return new Signal(UUID.randomUUID(), at, "shop", fingerprint, IncidentSource.ALERT, kind, "HighErrorRate",
                "critical", Map.of("alertname", "HighErrorRate"));
    }
}
