package org.scaleplan.cost;

import java.time.Clock;

import org.scaleplan.access.NotFoundException;
import org.scaleplan.cost.evaluation.SystemCosts;
import org.scaleplan.cost.model.CostModel;
import org.scaleplan.cost.spend.MonthEndForecast;
import org.scaleplan.messaging.streams.StoreView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CostController {

    private final StoreView<SystemCosts> view;
    private final CostModel model;
    private final MonthEndForecast forecast;
    private final Clock clock;

    CostController(StoreView<SystemCosts> view, CostModel model, MonthEndForecast forecast, Clock clock) {
        this.view = view;
        this.model = model;
        this.forecast = forecast;
        this.clock = clock;
    }

    /** What {@code system} has spent this month, where it is heading, per user, against its budget. */
    @GetMapping("/v1/systems/{system}/cost")
    CostReport cost(@PathVariable String system) {
        return view.get(system)
                .map(costs -> CostReport.of(system, costs, model, forecast, clock.instant()))
                .orElseThrow(() -> new NotFoundException("system " + system + " has no costs: none of its cost "
                        + "samples has been evaluated yet, or all it had has ended"));
    }
}
