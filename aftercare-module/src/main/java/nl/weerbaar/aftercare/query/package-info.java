/**
 * The read side of aftercare (to come): open aftercare, overdue case updates for the handler's and
 * the mayor's overview, damage claims; rebuilt by replay.
 */
package nl.weerbaar.aftercare.query;
