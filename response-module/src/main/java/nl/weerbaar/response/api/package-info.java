/**
 * The response module's published language: the commands {@code ChooseIntervention},
 * {@code CompleteIntervention}, {@code CancelIntervention}, {@code LiftAccessBan},
 * {@code ExpireAccessBan} (sent by the expiry job) and {@code DecideNoResponse}; the protective
 * measures {@code RequestSafetyScan}, {@code RecordSafetyScanCarriedOut}, {@code AgreeThreatMeasures},
 * {@code MarkFollowUpActionDone}, {@code EndThreatMeasures} and {@code RecordMeetingRiskAnalysis}; their events
 * and ids,
 * as records with {@code @Revision}, and the queries {@code AccessBansDueForExpiry} and
 * {@code ResponsesOfIncidents} (kinds and statuses only, for anonymised overviews). Other modules use
 * only this package. Every decision carries the {@link nl.weerbaar.response.api.Consultation} of the
 * affected official.
 */
package nl.weerbaar.response.api;
