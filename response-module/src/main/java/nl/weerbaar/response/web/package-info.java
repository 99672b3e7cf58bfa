/**
 * The HTTP face of responses: the API under {@code /api/incidents/{id}/interventions},
 * {@code /api/interventions/{id}/...}, {@code /api/incidents/{id}/no-response},
 * {@code /api/incidents/{id}/responses} and {@code /api/access-bans}; the protective measures under
 * {@code /api/safety-scans}, {@code /api/threat-measures} and {@code /api/meeting-risk-analyses}, with
 * need-to-know by the official's case handler ({@code OfficialAccess}).
 */
package nl.weerbaar.response.web;
