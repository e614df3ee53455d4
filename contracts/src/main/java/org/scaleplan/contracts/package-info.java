/**
 * The wire contract of Scaleplan: topic names, the registry of event types, their JSON form and their
 * CloudEvents headers. The records themselves live in one sub-package per topic. No Spring here.
 *
 * <p>Evolution is additive: a component added to a record later must be optional ({@code @Nullable}, a list or a
 * map), because records written before it lack it and readers refuse a record missing a required field, primitive
 * fields included. Renaming, retyping or removing a component is a breaking change: a new {@code .v2} topic.
 */
package org.scaleplan.contracts;
