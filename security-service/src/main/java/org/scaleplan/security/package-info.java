/**
 * security-service: API keys and roles, rate limits, abuse detection and the decisions it issues, security
 * posture per phase and the audit trail, published on {@code scaleplan.security-events.v1}.
 */
package org.scaleplan.security;
