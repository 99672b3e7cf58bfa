/**
 * The incident module's published language: commands, events, queries, ids and the few value types
 * other modules may use. Everything here is a Java record or enum; events carry {@code @Revision} so
 * an upcaster can be added later without guessing.
 *
 * <p>This module is also the shared kernel of the product: officials, roles and the caller's
 * identity live here because every other module speaks about incidents of officials.
 */
package nl.weerbaar.incident.api;
