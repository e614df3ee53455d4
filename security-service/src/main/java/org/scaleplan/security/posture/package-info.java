/**
 * Security posture per growth phase: the controls each phase declares in {@code security/posture.yml} (seed §5
 * Security Scaling, standard to enterprise security), the typed subset Scaleplan enforces, and the
 * {@code PostureChanged} a phase change brings. Plain Java: no Spring, Kafka or HTTP here.
 */
package org.scaleplan.security.posture;
