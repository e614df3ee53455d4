/**
 * Records about access to Scaleplan itself: API keys on the compacted {@code scaleplan.api-keys.v1} (keyed by
 * key id) and the audit of admin and operator actions on {@code scaleplan.security-events.v1}.
 */
package org.scaleplan.contracts.access;
