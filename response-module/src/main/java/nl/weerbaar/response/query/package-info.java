/**
 * The read side of responses: the {@code responses} projection (rebuilt by replay, scrubbed on an
 * incident's erasure) and {@code Responses}, which lists an incident's responses and the access bans
 * with whether each is in force today.
 */
package nl.weerbaar.response.query;
