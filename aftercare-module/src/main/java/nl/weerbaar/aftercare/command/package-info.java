/**
 * The decision side of aftercare (to come): aggregates for aftercare, keeping the official informed
 * (overdue after a number of working days) and damage recovery, and the reaction to a filed
 * criminal complaint. Package-private.
 */
package nl.weerbaar.aftercare.command;
