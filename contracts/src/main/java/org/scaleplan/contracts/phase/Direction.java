package org.scaleplan.contracts.phase;

/** Whether a phase change moved a system to a higher or a lower phase. */
public enum Direction {
    UP, DOWN
}
