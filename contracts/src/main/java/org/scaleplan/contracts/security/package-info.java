/**
 * Records of {@code scaleplan.security-events.v1}: security incidents detected, decisions (block, throttle)
 * issued and expired, and security posture changes, all published by security-service.
 */
package org.scaleplan.contracts.security;
