/**
 * The read side of aftercare: the {@code aftercare} projection (aftercare requests, case updates, damage
 * claims, and the follow-up offered when a criminal complaint is filed; rebuilt by replay, scrubbed on an
 * incident's erasure), {@code AftercareRecords} to read an incident's aftercare, {@code InformDeadline}
 * (with the api's {@code WorkingDays}) for when a case update is overdue, and {@code OverdueOverview} (also the
 * handler of {@code FindOverdueCaseUpdates}) for the handler's and the mayor's overview.
 */
package nl.weerbaar.aftercare.query;
