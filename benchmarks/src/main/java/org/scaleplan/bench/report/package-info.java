/**
 * What a run measured ({@link org.scaleplan.bench.report.BenchResult}), the targets checked against it, and
 * the two reports: Markdown for people, JSON for tools.
 */
@NullMarked
package org.scaleplan.bench.report;

import org.jspecify.annotations.NullMarked;
