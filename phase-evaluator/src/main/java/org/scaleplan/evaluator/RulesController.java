package org.scaleplan.evaluator;

import java.util.List;

import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.evaluator.evaluation.RuleSet;
import org.scaleplan.evaluator.rules.AlertRule;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.evaluator.rules.RuleFiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RulesController {

    private final AlertRules rules;

    RulesController(AlertRules rules) {
        this.rules = rules;
    }

    /** The rules in force on this instance and where they came from. */
    record Rules(String source, List<AlertRule> rules) {

        static Rules of(RuleSet set) {
            return new Rules(set.source(), set.rules());
        }
    }

    /** The outcome of checking one rule file: valid, or each problem as {@code file:line: field: reason}. */
    record Check(boolean valid, List<String> problems) {
    }

    @GetMapping("/v1/rules")
    Rules current() {
        return Rules.of(rules.current());
    }

    /** Checks the rule file in the body (YAML) without loading it; {@code file} names it in the problems. */
    @PostMapping("/v1/rules/check")
    Check check(@RequestBody String text, @RequestParam(defaultValue = "request") String file) {
        List<String> problems = RuleFiles.check(file, text);
        return new Check(problems.isEmpty(), problems);
    }

    /** Reads this instance's rule files again; applies them only if every file is valid, else 400 and no change. */
    @PostMapping("/v1/rules/reload")
    Rules reload() {
        try {
            return Rules.of(rules.reload());
        } catch (InvalidConfigException e) {
            throw new InvalidRequestException(e.problems().stream().map(p -> new FieldProblem("rules", p)).toList());
        }
    }
}
