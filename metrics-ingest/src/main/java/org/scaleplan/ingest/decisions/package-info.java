/** Security decisions (blocks, throttles) that the intake enforces, as issued by security-service. */
package org.scaleplan.ingest.decisions;
