package org.scaleplan.incident;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.scaleplan.incident.runbooks.RunbookFiles;
import org.scaleplan.incident.runbooks.Runbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runbooks in force. Loaded at start (an invalid set stops the service, naming every problem) and on
 * {@link #reload}, which applies only when every file is valid and otherwise keeps the runbooks in force.
 */
public class IncidentRunbooks {

    private static final Logger log = LoggerFactory.getLogger(IncidentRunbooks.class);

    private final @Nullable Path dir;
    private final AtomicReference<List<Runbook>> current;

    /** @param dir the directory of runbook files; null for the shipped ones */
    public IncidentRunbooks(@Nullable Path dir) {
        this.dir = dir;
        this.current = new AtomicReference<>(load());
        log.info("loaded {} runbooks from {}", current.get().size(), source());
    }

    public List<Runbook> current() {
        return current.get();
    }

    /** Reads the runbook files again and applies them if all are valid; else throws and the old set stays. */
    public List<Runbook> reload() {
        List<Runbook> loaded = load();
        current.set(loaded);
        log.info("reloaded {} runbooks from {}", loaded.size(), source());
        return loaded;
    }

    public String source() {
        return dir == null ? "the shipped runbooks" : dir.toString();
    }

    private List<Runbook> load() {
        return dir == null ? RunbookFiles.defaults() : RunbookFiles.load(RunbookFiles.in(dir));
    }
}
