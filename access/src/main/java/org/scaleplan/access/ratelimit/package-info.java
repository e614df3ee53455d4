/** Distributed per-key rate limits: one atomic GCRA script in Redis, shared by every instance of every service. */
package org.scaleplan.access.ratelimit;
