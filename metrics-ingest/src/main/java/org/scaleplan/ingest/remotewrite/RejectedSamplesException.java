package org.scaleplan.ingest.remotewrite;

/**
 * Some samples of a request were rejected; the valid ones were stored before this was thrown. Answered 400, which a
 * remote-write sender does not retry, listing the problems.
 */
class RejectedSamplesException extends RuntimeException {

    private final transient CheckedWrite write;

    RejectedSamplesException(CheckedWrite write) {
        super(write.rejectedSamples() + " of " + (write.rejectedSamples() + write.valid().size())
                + " samples were rejected and not stored; the other " + write.valid().size() + " were stored");
        this.write = write;
    }

    CheckedWrite write() {
        return write;
    }
}
