/**
 * The HTTP face of aftercare: the API under {@code /api/incidents/{id}/aftercare},
 * {@code /api/aftercare/{id}/...}, {@code /api/incidents/{id}/case-updates}, {@code /api/case-updates},
 * {@code /api/incidents/{id}/damage-claims} and {@code /api/damage-claims/{id}/...}; the aftercare page of
 * an incident ({@code /incidents/{id}/aftercare}) and the handlers' overview of overdue case updates
 * ({@code /aftercare}). Need-to-know is the incident's ({@code IncidentAccess}).
 */
package nl.weerbaar.aftercare.web;
