/**
 * Spend in event time: {@link org.scaleplan.cost.spend.CategorySpend} turns the {@code cost_usd_total} counters and
 * priced gauges of a category into month-to-date and hourly spend (resets handled as Prometheus does, series that
 * have gone ended as its staleness has it), and {@link org.scaleplan.cost.spend.MonthEndForecast} projects it to the
 * end of the month. Plain Java.
 */
package org.scaleplan.cost.spend;
