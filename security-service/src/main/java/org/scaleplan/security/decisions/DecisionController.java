package org.scaleplan.security.decisions;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.access.NotFoundException;
import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.security.DecisionIssued;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /v1/decisions}: the decisions in force, for people and for external enforcers (a proxy, a WAF), which can
 * also follow them as a stream; admins add and delete decisions. Changes go through the instance that owns the
 * system's decisions, so they are answered 202 and in force within a second or so.
 */
@RestController
@RequestMapping("/v1/decisions")
class DecisionController {

    /** How long a stream stays open; enforcers reconnect and get the full set again. */
    static final long STREAM_TIMEOUT_MS = 30 * 60 * 1000L;

    private final ActiveDecisions decisions;
    private final DecisionSync sync;
    private final CommandTopic commands;
    private final Clock clock;

    DecisionController(ActiveDecisions decisions, DecisionSync sync, CommandTopic commands, Clock clock) {
        this.decisions = decisions;
        this.sync = sync;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    List<DecisionIssued> list(Caller caller) {
        return decisions.all(clock.instant()).stream().filter(d -> caller.canSee(d.system())).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, String>> add(@RequestBody NewDecision request, Caller caller) {
        List<FieldProblem> problems = request.problems(caller);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String decisionId = "admin-" + UUID.randomUUID();
        commands.send(request.command(decisionId, caller, clock.instant()));
        return ResponseEntity.accepted().location(URI.create("/v1/decisions/" + decisionId))
                .body(Map.of("decisionId", decisionId));
    }

    @DeleteMapping("/{decisionId}")
    ResponseEntity<Void> delete(@PathVariable String decisionId, Caller caller) {
        DecisionIssued decision = decisions.find(decisionId).filter(d -> caller.canSee(d.system()))
                .orElseThrow(() -> new NotFoundException("no active decision " + decisionId));
        commands.send(new DecisionCommand(DecisionCommand.Kind.END, decision.system(), decisionId, null, null, null,
                "deleted", caller.keyId(), clock.instant()));
        return ResponseEntity.accepted().build();
    }

    /**
     * Server-sent events: first {@code issued} for every decision in force, then {@code issued} and {@code expired}
     * as they happen (the records of {@code scaleplan.security-events.v1}, as JSON).
     */
    @GetMapping(path = "/stream", produces = "text/event-stream")
    SseEmitter stream(Caller caller) throws IOException {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MS);
        Runnable unsubscribe = sync.subscribe(event -> send(emitter, event, caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "as many decision streams are open as " + DecisionSync.MAX_STREAMS + " allows"));
        emitter.onCompletion(unsubscribe);
        emitter.onTimeout(unsubscribe);
        emitter.onError(error -> unsubscribe.run());
        for (DecisionIssued decision : list(caller)) {
            send(emitter, decision, caller);
        }
        return emitter;
    }

    private static void send(SseEmitter emitter, ScaleplanEvent event, Caller caller) {
        if (!(event instanceof SystemEvent about) || !caller.canSee(about.system())) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name(event instanceof DecisionIssued ? "issued" : "expired")
                    .id(event.eventId().toString()).data(event));
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }
}
