/**
 * Runbooks (PRODUCT.md §5): the model of a runbook ({@link org.scaleplan.incident.runbooks.Runbook}, its
 * {@link org.scaleplan.incident.runbooks.Trigger} and {@link org.scaleplan.incident.runbooks.Step}s, each with an
 * {@link org.scaleplan.incident.runbooks.Action}), and {@link org.scaleplan.incident.runbooks.RunbookFiles}, which
 * reads YAML runbook files into it, all files or none, every problem reported with file and line. Plain Java: no
 * Spring, Kafka or HTTP.
 */
package org.scaleplan.incident.runbooks;
