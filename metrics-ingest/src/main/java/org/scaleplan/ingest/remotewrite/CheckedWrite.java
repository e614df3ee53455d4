package org.scaleplan.ingest.remotewrite;

import java.util.List;
import java.util.Map;

import org.scaleplan.access.FieldProblem;
import org.scaleplan.ingest.IncomingSample;

/**
 * A decoded request after the sample rules: what may be stored and what was rejected, and why.
 *
 * @param decoded what the request held
 * @param valid the samples to store
 * @param problems every problem of every rejected sample (and unreadable series), in request order
 * @param rejected rejected samples by reason: the kind of field at fault ({@code name}, {@code system},
 *        {@code labels}, {@code value}, {@code timestamp}) or {@code scope} (a system the key may not write)
 */
record CheckedWrite(DecodedWrite decoded, List<IncomingSample> valid, List<FieldProblem> problems,
        Map<String, Integer> rejected) {

    CheckedWrite {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
        rejected = Map.copyOf(rejected);
    }

    int rejectedSamples() {
        return rejected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
