/**
 * The response module's published language: the commands {@code ChooseIntervention},
 * {@code CompleteIntervention}, {@code CancelIntervention}, {@code LiftAccessBan},
 * {@code ExpireAccessBan} (sent by the expiry job) and {@code DecideNoResponse}, their events and ids,
 * as records with {@code @Revision}, and the query {@code AccessBansDueForExpiry}. Other modules use
 * only this package. Every decision carries the {@link nl.weerbaar.response.api.Consultation} of the
 * affected official.
 */
package nl.weerbaar.response.api;
