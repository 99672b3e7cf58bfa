/**
 * The HTTP face of responses (to come): the API under {@code /api/incidents/{id}/interventions} and
 * friends, the response pages, and the generated corrective letter (HTML preview and PDF).
 */
package nl.weerbaar.response.web;
