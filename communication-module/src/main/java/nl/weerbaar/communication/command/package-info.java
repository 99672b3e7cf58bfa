/**
 * The decision side of communication (to come): the aggregates that require the official's
 * agreement to a communication decision and follow a falsehood correction from request to
 * publication. Package-private.
 */
package nl.weerbaar.communication.command;
