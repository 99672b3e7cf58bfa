/**
 * The response module's published language (to come): commands such as {@code ChooseIntervention} and
 * {@code DecideNoResponse}, their events ({@code InterventionChosen}, {@code AccessBanExpired}, ...)
 * and ids, as records with {@code @Revision}. Other modules use only this package.
 */
package nl.weerbaar.response.api;
