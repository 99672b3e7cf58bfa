/**
 * The audit trail: one entry per event of every module (a catch-all projection in its own
 * single-segment processor), worded per event type from the message bundles, chained by hashes over
 * the stored bytes of the event store, reviewable by the council with personal data redacted, with
 * protocol checks per incident that read only what the events say.
 */
package nl.weerbaar.app.audit;
