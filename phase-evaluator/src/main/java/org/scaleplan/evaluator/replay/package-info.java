/**
 * Backtesting: {@link org.scaleplan.evaluator.replay.Replay} runs a time range of recorded samples through a chosen
 * phase and rule configuration and hands over the decisions it would have made, publishing nothing.
 */
package org.scaleplan.evaluator.replay;
