/**
 * The communication module's published language (to come): communication decisions taken jointly
 * with the official, falsehood corrections and their events, as records with {@code @Revision}.
 */
package nl.weerbaar.communication.api;
