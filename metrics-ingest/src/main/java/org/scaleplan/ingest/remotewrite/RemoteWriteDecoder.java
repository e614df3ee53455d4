package org.scaleplan.ingest.remotewrite;

import java.io.IOException;

import org.scaleplan.ingest.remotewrite.RefusedWriteException.Reason;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;
import org.xerial.snappy.Snappy;

import com.google.protobuf.InvalidProtocolBufferException;

/**
 * Decodes a remote-write 1.0 body: snappy block format (not framed), then a protobuf {@code WriteRequest}, then
 * one sample per series sample (see {@link SeriesReader}). Bounded before any work: the body states its
 * uncompressed length up front, and a body that states more than the limit is refused before it is decompressed,
 * so a small body cannot make the service allocate gigabytes. Anything that is not a well-formed body is a
 * {@link RefusedWriteException}, never another exception.
 */
class RemoteWriteDecoder {

    private final int maxUncompressedBytes;
    private final int maxSamples;

    /**
     * @param maxUncompressedBytes the largest decompressed body accepted
     * @param maxSamples the most samples (stale markers included) one request may carry
     */
    RemoteWriteDecoder(int maxUncompressedBytes, int maxSamples) {
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxSamples = maxSamples;
    }

    DecodedWrite decode(byte[] body) {
        WriteRequest request = parse(uncompress(body));
        long samples = request.getTimeseriesList().stream().mapToLong(TimeSeries::getSamplesCount).sum();
        if (samples > maxSamples) {
            throw new RefusedWriteException(Reason.TOO_LARGE, "the request has " + samples
                    + " samples, at most " + maxSamples + " are accepted; lower queue_config.max_samples_per_send");
        }
        SeriesReader reader = new SeriesReader();
        for (int i = 0; i < request.getTimeseriesCount(); i++) {
            reader.read(i, request.getTimeseries(i));
        }
        return reader.result();
    }

    private byte[] uncompress(byte[] body) {
        int length = uncompressedLength(body);
        if (length < 0 || length > maxUncompressedBytes) {
            throw new RefusedWriteException(Reason.TOO_LARGE, "the body decompresses to "
                    + (length < 0 ? "more than 2 GiB" : length + " bytes") + ", at most " + maxUncompressedBytes
                    + " are accepted");
        }
        byte[] uncompressed = new byte[length];
        try {
            int written = Snappy.uncompress(body, 0, body.length, uncompressed, 0);
            if (written != length) {
                throw notSnappy("it decompresses to " + written + " bytes, not the " + length + " it states");
            }
            return uncompressed;
        } catch (IOException e) {
            throw notSnappy(e.getMessage());
        }
    }

    private static int uncompressedLength(byte[] body) {
        if (body.length == 0) {
            throw notSnappy("the body is empty");
        }
        try {
            return Snappy.uncompressedLength(body);
        } catch (IOException e) {
            throw notSnappy(e.getMessage());
        }
    }

    private static WriteRequest parse(byte[] uncompressed) {
        try {
            return WriteRequest.parseFrom(uncompressed);
        } catch (InvalidProtocolBufferException e) {
            throw new RefusedWriteException(Reason.NOT_PROTOBUF,
                    "the body is not a remote-write 1.0 WriteRequest: " + e.getMessage());
        }
    }

    private static RefusedWriteException notSnappy(String why) {
        return new RefusedWriteException(Reason.NOT_SNAPPY,
                "the body is not snappy-compressed (block format, as Content-Encoding: snappy says): " + why);
    }
}
