/**
 * The read side of the incident module: projections that turn events into tables (plain JDBC,
 * idempotent, rebuilt by replay) and the read models the web layer queries. Need-to-know is applied
 * here, in the queries, so no caller can read a row they may not see.
 */
package nl.weerbaar.incident.query;
