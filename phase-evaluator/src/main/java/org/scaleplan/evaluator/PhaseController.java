package org.scaleplan.evaluator;

import org.scaleplan.access.NotFoundException;
import org.scaleplan.evaluator.evaluation.Standing;
import org.scaleplan.evaluator.phase.PhasePlan;
import org.scaleplan.messaging.streams.StoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PhaseController {

    private final StoreView<Standing> view;
    private final PhasePlan plan;

    PhaseController(StoreView<Standing> view, EvaluatorProperties properties) {
        this.view = view;
        this.plan = properties.plan();
    }

    /** Where {@code system} stands: its phase, since when, its users, a change in progress and the forecast. */
    @GetMapping("/v1/systems/{system}/phase")
    PhaseReport phase(@PathVariable String system) {
        return view.get(system)
                .map(standing -> PhaseReport.of(standing, plan))
                .orElseThrow(() -> new NotFoundException("no active_users sample of system " + system
                        + " has been evaluated yet"));
    }
}
