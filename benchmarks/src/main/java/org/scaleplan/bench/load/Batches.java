package org.scaleplan.bench.load;

import java.util.Map;

/** Request bodies of one load client: each call builds a fresh batch of one system's samples, stamped now. */
interface Batches {

    /** The headers the body needs besides {@code Authorization}. */
    Map<String, String> headers();

    byte[] next();
}
