/**
 * The live cost service: a Kafka Streams topology whose one processor runs samples, phase changes and budgets
 * through the {@link org.scaleplan.cost.evaluation.CostEvaluation} over a store logged to a changelog topic, exactly
 * once, and sweeps the store on stream time for what has gone; its size is reported as {@code scaleplan_store_*}.
 */
package org.scaleplan.cost.streams;
