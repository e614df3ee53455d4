package org.scaleplan.security.posture;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.security.PostureChanged;

/**
 * The posture each system is in, on every instance: the fold of the {@link PostureChanged} facts on
 * {@code scaleplan.security-events.v1}. A system never moved is in no posture yet, and Scaleplan's defaults apply
 * to it.
 */
public class Postures {

    private final PosturePlan plan;
    private final Map<String, PostureChanged> bySystem = new ConcurrentHashMap<>();

    public Postures(PosturePlan plan) {
        this.plan = plan;
    }

    /** Applies a fact; answers the system whose posture it changed, if it was a posture fact. */
    public Optional<String> apply(ScaleplanEvent event) {
        if (event instanceof PostureChanged changed) {
            bySystem.merge(changed.system(), changed,
                    (held, next) -> next.occurredAt().isBefore(held.occurredAt()) ? held : next);
            return Optional.of(changed.system());
        }
        return Optional.empty();
    }

    public Optional<PostureChanged> of(String system) {
        return Optional.ofNullable(bySystem.get(system));
    }

    /** The shortest key lifetime the postures of {@code systems} allow; empty when none of them has a posture. */
    public Optional<Duration> keyMaxAge(Collection<String> systems) {
        return enforced(systems).map(EnforcedControls::keyMaxAge).min(Duration::compareTo);
    }

    /** The strictest ingest rate (per minute) the postures of {@code systems} set; empty when none has a posture. */
    public Optional<Integer> rateLimitPerMinute(Collection<String> systems) {
        return enforced(systems).map(EnforcedControls::rateLimitPerMinute).min(Integer::compareTo);
    }

    private Stream<EnforcedControls> enforced(Collection<String> systems) {
        return systems.stream().map(bySystem::get).filter(Objects::nonNull)
                .map(changed -> plan.enforced(changed.phase()));
    }
}
