package org.scaleplan.bench.soak.fleet;

/**
 * A system's pods: {@value #SLOTS} slots, each running one pod at a time for {@value #LIFETIME} ticks before it is
 * replaced by a new one (a new name, so new series), the slots staggered so that replacements spread over the
 * lifetime. One pod of each system in every {@value #FAILING_ONE_IN} fails in its last {@value #FAILING_TICKS} ticks,
 * right before it is replaced (pending at the first, firing at the second): one a day at hourly ticks, always in the
 * same slot.
 */
final class Pods {

    static final int SLOTS = 4;
    static final int LIFETIME = 3;
    static final int FAILING_TICKS = 2;
    private static final int FAILING_ONE_IN = 32;

    private Pods() {
    }

    /** The pod that runs in {@code slot} at {@code tick}. */
    static Pod at(int system, int slot, int tick) {
        int generation = (tick + offset(slot)) / LIFETIME;
        return new Pod(system, slot, generation);
    }

    private static int offset(int slot) {
        return slot * LIFETIME / SLOTS;
    }

    /**
     * One pod.
     *
     * @param generation how many pods ran in its slot before it
     */
    record Pod(int system, int slot, int generation) {

        String name() {
            return "web-" + slot + "-" + generation;
        }

        /** Its first tick; the slot's first pod starts with the run. */
        int firstTick() {
            return Math.max(0, generation * LIFETIME - offset(slot));
        }

        int lastTick() {
            return (generation + 1) * LIFETIME - offset(slot) - 1;
        }

        boolean fails() {
            return Math.floorMod(generation * SLOTS + slot + 7 * system, FAILING_ONE_IN) == 0;
        }

        /** Whether its sample at {@code tick} shows it failing. */
        boolean failingAt(int tick) {
            return fails() && tick > lastTick() - FAILING_TICKS;
        }

        /** A documentation address (RFC 3849) of its own, so each pod's clients make their own buckets. */
        String clientIp() {
            return String.format("2001:db8:%x:%x::%x", system, slot, generation);
        }
    }
}
