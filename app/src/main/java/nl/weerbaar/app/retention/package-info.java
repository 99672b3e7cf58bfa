/**
 * Retention: a persistent daily job (db-scheduler, in PostgreSQL, so it survives restarts and runs
 * once across several nodes) erases the personal data of incidents whose retention period after
 * closing has passed, unless a legal hold stops it. Each erasure is an event like a manual one.
 */
package nl.weerbaar.app.retention;
