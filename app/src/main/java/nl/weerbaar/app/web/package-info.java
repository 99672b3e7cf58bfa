/**
 * What every page and API call shares: the caller as a controller argument, the layout's model,
 * the start and login pages, the layout's helpers ({@link nl.weerbaar.app.web.PageLayout}, the
 * municipality's theme file, "Fout:" in the title of a page with form errors), the accessibility
 * statement, {@code /api/me}, and the translation of refusals into HTTP answers
 * (problem+json for the API, Dutch error pages for people).
 */
package nl.weerbaar.app.web;
