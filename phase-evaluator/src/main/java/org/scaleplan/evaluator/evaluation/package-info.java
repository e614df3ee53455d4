/**
 * One sample in, the evaluator's decisions out: {@link org.scaleplan.evaluator.evaluation.Evaluation} joins the
 * phase machine, the forecaster and the alert rules over state kept per key, so the live Kafka Streams processor
 * and the replay command decide exactly alike. Plain Java: no Spring, Kafka or HTTP.
 */
package org.scaleplan.evaluator.evaluation;
