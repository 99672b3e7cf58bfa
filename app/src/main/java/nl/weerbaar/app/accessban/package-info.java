/**
 * Access-ban expiry: a persistent recurring job (db-scheduler, in PostgreSQL, so it survives restarts
 * and runs on one node at a time) sends {@code ExpireAccessBan} for every ban past its last day; the
 * ban itself is the guard against expiring twice.
 */
package nl.weerbaar.app.accessban;
