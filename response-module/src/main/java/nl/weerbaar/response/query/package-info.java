/**
 * The read side of responses: the {@code responses} projection (rebuilt by replay, scrubbed on an
 * incident's erasure) and {@code Responses}, which lists an incident's responses and the access bans
 * with whether each is in force today; the {@code protective-measures} projection and
 * {@code ProtectiveMeasures} for safety scans, acute-threat measures and meeting risk analyses.
 */
package nl.weerbaar.response.query;
