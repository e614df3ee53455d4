package org.scaleplan.ingest.remotewrite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.scaleplan.ingest.IncomingSample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.Sample;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.TimeSeries;
import org.scaleplan.ingest.remotewrite.proto.RemoteWrite.WriteRequest;

/**
 * Random well-formed remote-write requests from a seed, and the samples a decoder must read from each: names and
 * labels of every shape Prometheus allows (label values in any script), any double including infinities, signed
 * zeros and subnormals, any millisecond timestamp, and stale markers and NaNs among them.
 */
final class RandomRequests {

    private static final String FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    private static final String REST = FIRST + "0123456789";
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-310};

    private final Random random;
    private final WriteRequest.Builder request = WriteRequest.newBuilder();
    private final List<IncomingSample> expected = new ArrayList<>();
    private int staleMarkers;
    private int nan;

    RandomRequests(long seed) {
        this.random = new Random(seed);
        int series = random.nextInt(8);
        for (int i = 0; i < series; i++) {
            addSeries();
        }
    }

    WriteRequest request() {
        return request.build();
    }

    /** The samples with a value, in request order. */
    List<IncomingSample> expected() {
        return expected;
    }

    int staleMarkers() {
        return staleMarkers;
    }

    int nan() {
        return nan;
    }

    private void addSeries() {
        String name = word(FIRST + ":", REST + ":", 30);
        String system = word("abcdefghijklmnopqrstuvwxyz0123456789", REST + ".-:", 20);
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            String label = word(FIRST.substring(0, 52), REST, 20);
            if (!label.equals(SeriesReader.SYSTEM_LABEL)) {
                labels.put(label, text());
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            samples.add(sample(system, name, sorted(labels)));
        }
        request.addTimeseries(Fixtures.series(name, system, labels, samples.toArray(Sample[]::new)));
    }

    private Sample sample(String system, String name, Map<String, String> labels) {
        long timestamp = random.nextLong();
        int kind = random.nextInt(10);
        double value = kind == 0 ? Fixtures.STALE_MARKER : kind == 1 ? Double.NaN
                : kind == 2 ? SPECIAL[random.nextInt(SPECIAL.length)] : number();
        if (kind == 0) {
            staleMarkers++;
        } else if (kind == 1) {
            nan++;
        } else {
            expected.add(new IncomingSample(system, name, labels, value, Instant.ofEpochMilli(timestamp)));
        }
        return Sample.newBuilder().setValue(value).setTimestamp(timestamp).build();
    }

    private double number() {
        double value = Double.longBitsToDouble(random.nextLong());
        return Double.isNaN(value) ? random.nextGaussian() : value;
    }

    private static Map<String, String> sorted(Map<String, String> labels) {
        Map<String, String> sorted = new LinkedHashMap<>();
        labels.keySet().stream().sorted().forEach(name -> sorted.put(name, labels.get(name)));
        return sorted;
    }

    private String word(String first, String rest, int maxLength) {
        StringBuilder word = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            word.append(rest.charAt(random.nextInt(rest.length())));
        }
        return word.toString();
    }

    /** 1 to 40 code points from anywhere in Unicode except the surrogates, which are no characters alone. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40) + 1; i > 0; i--) {
            int codePoint = random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x110000);
            text.appendCodePoint(Character.isSurrogate((char) codePoint) && codePoint < 0x10000 ? 'x' : codePoint);
        }
        return text.toString();
    }
}
