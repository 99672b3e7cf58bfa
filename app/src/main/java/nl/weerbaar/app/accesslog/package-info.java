/**
 * The access log (BIO 8.15.01): every read of incident, profile or personal data (a page, an API
 * read, a search, an export, a PDF) with what was done, to which object, with what result, from
 * where, by whom and when; ids only, never content. The database refuses to change or remove a line.
 * The administrator and the mayor review it per incident or per user.
 */
package nl.weerbaar.app.accesslog;
