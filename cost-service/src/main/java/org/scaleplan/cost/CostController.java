package org.scaleplan.cost;

import java.time.Clock;

import org.scaleplan.access.NotFoundException;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.messaging.streams.StoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CostController {

    private final StoreView<SystemCosts> view;
    private final CostModel model;
    private final Clock clock;

    CostController(StoreView<SystemCosts> view, CostModel model, Clock clock) {
        this.view = view;
        this.model = model;
        this.clock = clock;
    }

    /** What {@code system} has spent this month, where it is heading, per user, against its budget. */
    @GetMapping("/v1/systems/{system}/cost")
    CostReport cost(@PathVariable String system) {
        return view.get(system)
                .map(costs -> CostReport.of(system, costs, model, clock.instant()))
                .orElseThrow(() -> new NotFoundException("no cost sample of system " + system
                        + " has been evaluated yet"));
    }
}
