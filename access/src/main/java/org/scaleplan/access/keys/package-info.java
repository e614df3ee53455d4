/**
 * Verifying presented API keys: the bootstrap admin key, then the key store through a small local cache that
 * bounds how long a revocation lags and keeps recently seen keys working through a Redis outage.
 */
package org.scaleplan.access.keys;
