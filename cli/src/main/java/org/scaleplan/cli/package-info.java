/**
 * Scaleplan's command-line tools, plain Java without Spring: {@link org.scaleplan.cli.Cli} dispatches on the first
 * argument to {@code events} (a readable tail of the topics) or {@code target} (the local HTTP target that the
 * shipped runbooks call).
 */
package org.scaleplan.cli;
