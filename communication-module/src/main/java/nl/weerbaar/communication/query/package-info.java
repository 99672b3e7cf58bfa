/**
 * The read side of communication (to come): decisions per incident and the anonymised party
 * leaders' briefing, rebuilt by replay.
 */
package nl.weerbaar.communication.query;
