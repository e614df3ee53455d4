package org.scaleplan.cost;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.SystemEvent;
import org.scaleplan.contracts.cost.BudgetRemoved;
import org.scaleplan.contracts.cost.BudgetSet;

/**
 * Every system's budget as admins last set it, on every instance: the fold of {@code scaleplan.budgets.v1}. The
 * instance that published a change applies it at once as well, so a read after a write there sees it; the newer
 * record of a system wins, whichever arrives last.
 */
class BudgetView {

    private final Map<String, SystemEvent> latest = new ConcurrentHashMap<>();

    void apply(ScaleplanEvent event) {
        if (event instanceof BudgetSet || event instanceof BudgetRemoved) {
            SystemEvent change = (SystemEvent) event;
            latest.merge(change.system(), change,
                    (held, next) -> next.occurredAt().isBefore(held.occurredAt()) ? held : next);
        }
    }

    Optional<BudgetSet> budget(String system) {
        return latest.get(system) instanceof BudgetSet set ? Optional.of(set) : Optional.empty();
    }
}
