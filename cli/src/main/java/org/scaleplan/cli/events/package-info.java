/**
 * The {@code events} tool: a group-less, read-committed tail of Scaleplan's topics that prints one readable line
 * per record. Decoding and wording ({@link org.scaleplan.cli.events.Line}, {@link org.scaleplan.cli.events.Gist})
 * are pure functions of a record, so every line is tested without a broker; {@link org.scaleplan.cli.events.Tail}
 * only moves records from the consumer to the output.
 */
package org.scaleplan.cli.events;
