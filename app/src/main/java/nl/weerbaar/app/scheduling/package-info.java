/**
 * The persistent background jobs (retention, access-ban expiry) on one db-scheduler in PostgreSQL:
 * each job is a {@code RecurringTask} bean declared by its own package.
 */
package nl.weerbaar.app.scheduling;
