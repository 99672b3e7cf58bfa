/**
 * What every page and API call shares: the caller as a controller argument, the layout's model,
 * the start and login pages, {@code /api/me}, and the translation of refusals into HTTP answers
 * (problem+json for the API, Dutch error pages for people).
 */
package nl.weerbaar.app.web;
