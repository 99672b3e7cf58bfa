/**
 * The HTTP face of responses: the API under {@code /api/incidents/{id}/interventions},
 * {@code /api/interventions/{id}/...}, {@code /api/incidents/{id}/no-response},
 * {@code /api/incidents/{id}/responses} and {@code /api/access-bans}.
 */
package nl.weerbaar.response.web;
