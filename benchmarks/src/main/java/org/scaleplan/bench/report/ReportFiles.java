package org.scaleplan.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code benchmarks.md} (keeping its hand-written notes) and {@code benchmarks.json} into a directory. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Answers the Markdown file written. */
    public static Path write(Path dir, BenchResult result) {
        Path markdown = dir.resolve("benchmarks.md");
        try {
            Files.createDirectories(dir);
            Files.writeString(markdown, MarkdownReport.render(result, keptNotes(markdown)));
            Files.writeString(dir.resolve("benchmarks.json"), JsonReport.render(result));
            return markdown;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keptNotes(Path markdown) throws IOException {
        if (!Files.exists(markdown)) {
            return "";
        }
        String text = Files.readString(markdown);
        int marker = text.indexOf(MarkdownReport.NOTES_MARKER);
        return marker < 0 ? "" : text.substring(marker + MarkdownReport.NOTES_MARKER.length()).stripLeading();
    }
}
