/**
 * The HTTP face of communication: the API under {@code /api/incidents/{id}/communication-decisions},
 * {@code /api/communication-decisions/{id}/...}, {@code /api/falsehood-corrections/...} and
 * {@code /api/briefings/party-leaders} (JSON and {@code .pdf}); the incident's communication page
 * {@code /incidents/{id}/communication} and the briefing page {@code /briefings/party-leaders}. Need-to-know
 * comes from the incident module ({@code IncidentAccess}); the briefing names nobody and is read by the
 * council reviewer and the case handlers ({@code BriefingAccess}).
 */
package nl.weerbaar.communication.web;
