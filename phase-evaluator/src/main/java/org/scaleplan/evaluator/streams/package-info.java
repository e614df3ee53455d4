/**
 * The live evaluator: a Kafka Streams topology whose one processor runs each sample through the
 * {@link org.scaleplan.evaluator.evaluation.Evaluation} over state stores logged to changelog topics, exactly once.
 */
package org.scaleplan.evaluator.streams;
