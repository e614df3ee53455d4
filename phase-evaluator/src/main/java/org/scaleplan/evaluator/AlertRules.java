package org.scaleplan.evaluator;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.scaleplan.evaluator.evaluation.RuleSet;
import org.scaleplan.evaluator.rules.RuleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert rules in force. Loaded at start (an invalid set stops the service, naming every problem) and on
 * {@link #reload}, which applies only when every file is valid and otherwise keeps the rules in force.
 */
public class AlertRules {

    private static final Logger log = LoggerFactory.getLogger(AlertRules.class);

    private final @Nullable Path dir;
    private final AtomicReference<RuleSet> current;

    /** @param dir the directory of rule files; null for the shipped defaults */
    public AlertRules(@Nullable Path dir) {
        this.dir = dir;
        this.current = new AtomicReference<>(load(dir));
        log.info("loaded {} alert rules from {}", current.get().rules().size(), current.get().source());
    }

    /** The rule set of {@code dir} (null: the shipped defaults); throws listing every problem when invalid. */
    public static RuleSet load(@Nullable Path dir) {
        return dir == null ? new RuleSet("the shipped defaults (" + RuleFiles.DEFAULTS + ")", RuleFiles.defaults())
                : new RuleSet(dir.toString(), RuleFiles.load(RuleFiles.in(dir)));
    }

    public RuleSet current() {
        return current.get();
    }

    /** Reads the rule files again and applies them if all are valid; else throws and the old rules stay. */
    public RuleSet reload() {
        RuleSet loaded = load(dir);
        current.set(loaded);
        log.info("reloaded {} alert rules from {}", loaded.rules().size(), loaded.source());
        return loaded;
    }
}
