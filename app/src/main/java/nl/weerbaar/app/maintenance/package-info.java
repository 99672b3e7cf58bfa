/**
 * Projection maintenance for the administrator: rebuild a projection by replaying the event store (its
 * streaming processor's tokens are reset), and follow the progress while it runs.
 */
package nl.weerbaar.app.maintenance;
