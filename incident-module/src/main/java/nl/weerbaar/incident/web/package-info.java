/**
 * The incident module's HTTP face: the JSON API under {@code /api} and the Dutch, server-rendered
 * pages (report form with check-your-answers, register, incident page). Controllers translate
 * input into commands and read models into answers; the rules themselves live in the commands and
 * aggregates.
 */
package nl.weerbaar.incident.web;
