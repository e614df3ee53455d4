package org.scaleplan.ingest.remotewrite;

import org.scaleplan.ingest.IncomingSample;

/**
 * A decoded sample and where it was in the request.
 *
 * @param at its location, {@code timeseries[i].samples[j]}, under which its problems are named
 */
record LocatedSample(String at, IncomingSample sample) {

    static LocatedSample of(int series, int index, IncomingSample sample) {
        return new LocatedSample("timeseries[" + series + "].samples[" + index + "]", sample);
    }
}
