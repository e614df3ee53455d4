package org.scaleplan.ingest.remotewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.scaleplan.access.FieldProblem;
import org.scaleplan.ingest.IncomingSample;
import org.scaleplan.ingest.SampleRules;

/**
 * Runs the intake's sample rules over a decoded request and sorts its samples into valid and rejected. Each sample
 * stands alone: remote-write senders do not retry a 400, so the valid samples of a request are stored even when
 * others are rejected. A sample for a system the key may not write is rejected the same way (reason
 * {@code scope}), naming only the caller's own sample.
 */
class WriteChecker {

    static final String SCOPE = "scope";
    static final String OUT_OF_SCOPE = "is not one of the systems this key may write";

    private final SampleRules rules;

    WriteChecker(SampleRules rules) {
        this.rules = rules;
    }

    CheckedWrite check(DecodedWrite decoded, Predicate<String> mayWrite) {
        List<IncomingSample> valid = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>(decoded.problems());
        Map<String, Integer> rejected = new TreeMap<>();
        if (decoded.refusedSamples() > 0) {
            rejected.put("labels", decoded.refusedSamples());
        }
        for (LocatedSample located : decoded.samples()) {
            List<FieldProblem> found = problems(located, mayWrite);
            if (found.isEmpty()) {
                valid.add(located.sample());
            } else {
                problems.addAll(found);
                rejected.merge(reason(found.get(0), located.at()), 1, Integer::sum);
            }
        }
        return new CheckedWrite(decoded, valid, problems, rejected);
    }

    private List<FieldProblem> problems(LocatedSample located, Predicate<String> mayWrite) {
        List<FieldProblem> found = rules.check(located.sample(), located.at());
        if (found.isEmpty() && !mayWrite.test(located.sample().system())) {
            return List.of(new FieldProblem(located.at() + ".system", OUT_OF_SCOPE));
        }
        return found;
    }

    /** {@code timeseries[0].samples[1].labels.job} → {@code labels}; the scope problem → {@code scope}. */
    private static String reason(FieldProblem problem, String at) {
        if (OUT_OF_SCOPE.equals(problem.reason())) {
            return SCOPE;
        }
        String field = problem.field().startsWith(at + ".") ? problem.field().substring(at.length() + 1) : "sample";
        int end = field.indexOf('.');
        return end < 0 ? field : field.substring(0, end);
    }
}
