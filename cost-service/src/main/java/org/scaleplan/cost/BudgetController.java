package org.scaleplan.cost;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.scaleplan.access.Caller;
import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.access.NotFoundException;
import org.scaleplan.contracts.cost.BudgetRemoved;
import org.scaleplan.contracts.cost.BudgetSet;
import org.scaleplan.messaging.EventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/systems/{system}/budget}: admins set and remove a system's budget, viewers read it. A change is
 * answered once Kafka acknowledged it on {@code scaleplan.budgets.v1}; the cost service checks the next sample
 * against it.
 */
@RestController
@RequestMapping("/v1/systems/{system}/budget")
class BudgetController {

    private final EventPublisher publisher;
    private final BudgetView view;
    private final Clock clock;

    BudgetController(EventPublisher publisher, BudgetView view, Clock clock) {
        this.publisher = publisher;
        this.view = view;
        this.clock = clock;
    }

    @PutMapping
    BudgetSet put(@PathVariable String system, @RequestBody BudgetRequest request, Caller caller) {
        List<FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        BudgetSet set = new BudgetSet(UUID.randomUUID(), clock.instant(), system, request.monthlyUsd(),
                List.copyOf(new TreeSet<>(request.thresholdsOrDefault())), request.basisOrDefault(),
                caller.keyId());
        publisher.publish(set);
        view.apply(set);
        return set;
    }

    @GetMapping
    BudgetSet get(@PathVariable String system) {
        return view.budget(system).orElseThrow(() -> new NotFoundException("system " + system + " has no budget"));
    }

    /** Removes the budget; a system without one is already as asked, so that is 204 as well. */
    @DeleteMapping
    ResponseEntity<Void> delete(@PathVariable String system, Caller caller) {
        if (view.budget(system).isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        BudgetRemoved removed = new BudgetRemoved(UUID.randomUUID(), clock.instant(), system, caller.keyId());
        publisher.publish(removed);
        view.apply(removed);
        return ResponseEntity.noContent().build();
    }
}
