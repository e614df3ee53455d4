package org.scaleplan.access.testapp;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scaleplan.access.Caller;
import org.scaleplan.access.DecisionEnforcer;
import org.scaleplan.access.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/** Two systems exist: {@code shop-a} and {@code shop-b}. */
@RestController
class ThingsController {

    static final List<String> SYSTEMS = List.of("shop-a", "shop-b");

    private final DecisionEnforcer decisions;

    ThingsController(DecisionEnforcer decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/v1/systems/{system}/things")
    Map<String, Object> things(@PathVariable String system) {
        return Map.of("system", known(system), "things", List.of("thing-1"));
    }

    @PostMapping("/v1/systems/{system}/things")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addThing(@PathVariable String system, Caller caller) {
        return Map.of("system", known(system), "by", caller.keyId());
    }

    @PostMapping("/v1/admin/things")
    Map<String, String> adminThing(Caller caller) {
        return Map.of("by", caller.keyId());
    }

    /** Accepted and dropped: the tests are about who may send, also as {@code ?system=} under its decisions. */
    @PostMapping("/v1/ingest")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void ingest(@RequestParam(required = false) String system, Caller caller, HttpServletRequest request) {
        if (system != null) {
            decisions.enforce(system, caller, request.getRemoteAddr());
        }
    }

    /** Lists only what the caller may see. */
    @GetMapping("/v1/things")
    List<String> visibleSystems(Caller caller) {
        return SYSTEMS.stream().filter(caller::canSee).toList();
    }

    @GetMapping("/v1/exports")
    Set<String> exports() {
        return Set.of("export-1");
    }

    private static String known(String system) {
        if (!SYSTEMS.contains(system)) {
            throw new NotFoundException("no system " + system);
        }
        return system;
    }
}
