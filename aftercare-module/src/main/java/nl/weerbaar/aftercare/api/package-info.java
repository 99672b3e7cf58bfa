/**
 * The aftercare module's published language (to come): aftercare requests, case updates from police
 * and public prosecutor, damage claims and their events, as records with {@code @Revision}.
 */
package nl.weerbaar.aftercare.api;
