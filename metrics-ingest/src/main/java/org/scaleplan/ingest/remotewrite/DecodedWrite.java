package org.scaleplan.ingest.remotewrite;

import java.util.List;

import org.scaleplan.access.FieldProblem;

/**
 * What a remote-write request holds once decoded, before the sample rules ran.
 *
 * @param samples every sample with a value, named and labelled from its series (the name or system may be absent:
 *        the sample rules name that problem)
 * @param problems series that could not be read as one (a label name twice)
 * @param refusedSamples the samples of those series
 * @param staleMarkers samples that only said their series ended
 * @param droppedNaN samples whose value was a NaN other than the stale marker
 */
record DecodedWrite(List<LocatedSample> samples, List<FieldProblem> problems, int refusedSamples, int staleMarkers,
        int droppedNaN) {

    DecodedWrite {
        samples = List.copyOf(samples);
        problems = List.copyOf(problems);
    }

    /** Every sample the request carried. */
    int received() {
        return samples.size() + refusedSamples + staleMarkers + droppedNaN;
    }
}
