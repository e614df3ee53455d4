package org.scaleplan.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its CPU during a flight recording: the JFR execution samples (threads running Java code,
 * every 10 ms), counted by the method on top of the stack, and by the library that called into the JDK there.
 *
 * @param samples execution samples in the recording
 * @param methods the most sampled top-of-stack methods, with their share of the samples in %
 * @param packages the samples by the package family of their topmost frame outside the JDK ({@code org.apache.kafka},
 *        {@code tools.jackson}, {@code org.scaleplan.ingest}, ...): which code the time was spent for
 */
public record HotMethods(long samples, Map<String, Double> methods, Map<String, Double> packages) {

    private static final int SHOWN = 8;
    private static final Pattern JDK = Pattern.compile("(java|javax|jdk|sun|com\\.sun)\\.");

    public static HotMethods of(Path recording) {
        try {
            List<List<String>> stacks = RecordingFile.readAllEvents(recording).stream()
                    .filter(event -> event.getEventType().getName().equals("jdk.ExecutionSample"))
                    .map(HotMethods::frames).toList();
            return new HotMethods(stacks.size(), shares(stacks.stream().map(frames -> frames.get(0)).toList()),
                    shares(stacks.stream().map(HotMethods::caller).map(HotMethods::family).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's stack, top first, as {@code class.method}. */
    private static List<String> frames(RecordedEvent sample) {
        List<RecordedFrame> frames = sample.getStackTrace() == null ? List.of() : sample.getStackTrace().getFrames();
        List<String> methods = frames.stream()
                .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName()).toList();
        return methods.isEmpty() ? List.of("(no stack)") : methods;
    }

    /** The topmost frame outside the JDK (or the top one, when all are the JDK's). */
    static String caller(List<String> frames) {
        return frames.stream().filter(method -> !JDK.matcher(method).lookingAt()).findFirst().orElse(frames.get(0));
    }

    /** The first two parts of a class's package ({@code org.apache}: three), enough to name a library. */
    static String family(String method) {
        String[] parts = method.split("\\.");
        if (parts.length < 3) {
            return method;
        }
        int keep = parts.length > 3 && (parts[0].equals("org") || parts[0].equals("com")) ? 3 : 2;
        return String.join(".", List.of(parts).subList(0, Math.min(keep, parts.length - 1)));
    }

    private static Map<String, Double> shares(List<String> tops) {
        Map<String, Long> counts = tops.stream().collect(Collectors.groupingBy(top -> top, Collectors.counting()));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(SHOWN).forEach(e -> shares.put(e.getKey(), 100.0 * e.getValue() / tops.size()));
        return shares;
    }
}
