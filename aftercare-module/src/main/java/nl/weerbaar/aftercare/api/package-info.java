/**
 * The aftercare module's published language: the commands {@code RequestAftercare},
 * {@code ArrangeAftercare}, {@code CompleteAftercare}; {@code RecordCaseUpdate} and
 * {@code RecordOfficialInformed} (keeping the official informed after a criminal complaint);
 * {@code FileDamageClaim}, {@code UpdateDamageClaimStatus}, {@code RecordDamageRecovery}; their events
 * and ids as records with {@code @Revision}, the value type {@link nl.weerbaar.aftercare.api.Amount}
 * (euro cents), the pure rule {@link nl.weerbaar.aftercare.api.WorkingDays} (the calendar of the deadline
 * to inform the official, shared with the periodic reports and the audit's protocol check), and the query
 * {@code FindOverdueCaseUpdates} for the handlers' overview. Every free text is personal data of the
 * incident. Other modules use only this package.
 */
package nl.weerbaar.aftercare.api;
