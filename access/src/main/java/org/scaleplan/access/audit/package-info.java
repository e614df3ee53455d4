/** The audit of admin and operator actions, as {@code ActionAudited} records on {@code scaleplan.security-events.v1}. */
package org.scaleplan.access.audit;
