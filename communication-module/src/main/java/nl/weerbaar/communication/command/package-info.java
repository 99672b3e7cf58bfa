/**
 * The decision side of communication: {@code IncidentCommunication}, one per incident, holding its
 * communication decisions in order (joint, with the official's agreement; a new one revises the current;
 * only the current one is carried out, once), and {@code FalsehoodCorrection} (asked for by the clerk or
 * the secretary, approved, published). Package-private.
 */
package nl.weerbaar.communication.command;
