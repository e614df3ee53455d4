package org.scaleplan.incident.engine;

import java.util.concurrent.CompletableFuture;

/**
 * Performs the steps that act outside Scaleplan ({@code http}, {@code notify}, {@code scale}): completes with what
 * the step achieved (e.g. {@code HTTP 202}), or exceptionally with a {@link StepFailure} or any other error.
 */
public interface ExternalSteps {

    CompletableFuture<String> perform(StepRun run);
}
