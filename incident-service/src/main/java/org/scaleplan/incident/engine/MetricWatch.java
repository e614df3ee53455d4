package org.scaleplan.incident.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.scaleplan.contracts.ScaleplanEvent;
import org.scaleplan.contracts.metrics.MetricSample;
import org.scaleplan.incident.runbooks.Action;

/**
 * The samples that running {@code await-metric} steps wait for, as they arrive on {@code scaleplan.metrics.v1}:
 * event-driven, no polling. Each instance follows the whole topic from the moment it starts (a group-less tail, see
 * {@code TopicFold.tail}), because the steps it runs belong to the systems of its inbox partitions, not of the
 * metrics topic's. A condition must hold on every sample of the matching series for the step's {@code for}, in the
 * samples' own time; a sample that breaks it starts the count again.
 */
public class MetricWatch {

    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    /** One waiting step. */
    public final class Watch {

        private final String system;
        private final Action.AwaitMetric await;
        private final Consumer<String> onHeld;
        private Instant holdingSince;

        private Watch(String system, Action.AwaitMetric await, Consumer<String> onHeld) {
            this.system = system;
            this.await = await;
            this.onHeld = onHeld;
        }

        /** Stops waiting; true if it was still waiting (so the caller's timeout applies), false if it had held. */
        public boolean cancel() {
            return watches.remove(this);
        }

        private synchronized void observe(MetricSample sample) {
            if (!sample.system().equals(system) || !sample.name().equals(await.metric())
                    || !sample.labels().entrySet().containsAll(await.match().entrySet())) {
                return;
            }
            if (!await.op().holds(sample.value(), await.threshold())) {
                holdingSince = null;
                return;
            }
            if (holdingSince == null) {
                holdingSince = sample.occurredAt();
            }
            Duration held = Duration.between(holdingSince, sample.occurredAt());
            if (held.compareTo(await.holdFor()) >= 0 && watches.remove(this)) {
                onHeld.accept(String.format(Locale.ROOT, "%s %s %s %s for %ds (last %.4g)", await.metric(),
                        await.match().isEmpty() ? "" : await.match().toString(), await.op().symbol(),
                        number(await.threshold()), held.toSeconds(), sample.value()).replace("  ", " "));
            }
        }
    }

    /** Waits for {@code await} on {@code system}'s samples from now on; {@code onHeld} is told once, with what held. */
    public Watch watch(String system, Action.AwaitMetric await, Consumer<String> onHeld) {
        Watch watch = new Watch(system, await, onHeld);
        watches.add(watch);
        return watch;
    }

    /** Whether a waiting step watches {@code metric}: samples of other metrics need not be decoded. */
    public boolean watches(String metric) {
        return watches.stream().anyMatch(watch -> watch.await.metric().equals(metric));
    }

    /** Every sample as it arrives, from the tail of the metrics topic. */
    public void observe(ScaleplanEvent event) {
        if (event instanceof MetricSample sample) {
            watches.forEach(watch -> watch.observe(sample));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
