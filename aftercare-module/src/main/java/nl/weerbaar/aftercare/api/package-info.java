/**
 * The aftercare module's published language: the commands {@code RequestAftercare},
 * {@code ArrangeAftercare}, {@code CompleteAftercare}; {@code RecordCaseUpdate} and
 * {@code RecordOfficialInformed} (keeping the official informed after a criminal complaint);
 * {@code FileDamageClaim}, {@code UpdateDamageClaimStatus}, {@code RecordDamageRecovery}; their events
 * and ids as records with {@code @Revision}, the value type {@link nl.weerbaar.aftercare.api.Amount}
 * (euro cents), and the query {@code FindOverdueCaseUpdates} for the handlers' overview. Every free
 * text is personal data of the incident. Other modules use only this package.
 */
package nl.weerbaar.aftercare.api;
