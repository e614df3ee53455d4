package org.scaleplan.incident.api;

import java.util.List;

import org.scaleplan.access.FieldProblem;
import org.scaleplan.access.InvalidRequestException;
import org.scaleplan.incident.IncidentRunbooks;
import org.scaleplan.config.InvalidConfigException;
import org.scaleplan.incident.runbooks.Runbook;
import org.scaleplan.incident.runbooks.RunbookFiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RunbookController {

    private final IncidentRunbooks runbooks;

    RunbookController(IncidentRunbooks runbooks) {
        this.runbooks = runbooks;
    }

    /** The runbooks in force on this instance and where they came from. */
    record Runbooks(String source, List<Runbook> runbooks) {
    }

    /** The outcome of checking one runbook file: valid, or each problem as {@code file:line: field: reason}. */
    record Check(boolean valid, List<String> problems) {
    }

    @GetMapping("/v1/runbooks")
    Runbooks current() {
        return new Runbooks(runbooks.source(), runbooks.current());
    }

    /** Checks the runbook file in the body (YAML) without loading it; {@code file} names it in the problems. */
    @PostMapping("/v1/runbooks/check")
    Check check(@RequestBody String text, @RequestParam(defaultValue = "request") String file) {
        List<String> problems = RunbookFiles.check(file, text);
        return new Check(problems.isEmpty(), problems);
    }

    /**
     * Reads this instance's runbook files again; applies them only if every file is valid, else 400 and no change.
     * Runs in progress go on with the runbook of their id in the new set.
     */
    @PostMapping("/v1/runbooks/reload")
    Runbooks reload() {
        try {
            return new Runbooks(runbooks.source(), runbooks.reload());
        } catch (InvalidConfigException e) {
            throw new InvalidRequestException(e.problems().stream().map(p -> new FieldProblem("runbooks", p))
                    .toList());
        }
    }
}
