/**
 * API keys: issued and revoked by admins, recorded on the compacted {@code scaleplan.api-keys.v1}, and kept in
 * Redis for the access library of every service to verify against.
 */
package org.scaleplan.security.keys;
