/**
 * Who may come in and as whom: accounts from configuration (and the demo accounts in the
 * {@code demo} profile), HTTP Basic for {@code /api/**}, form login with CSRF protection for the
 * pages, and the public health endpoint. What a user may see is decided by the modules' queries and
 * aggregates, from the {@link nl.weerbaar.incident.api.Caller} resolved here.
 */
package nl.weerbaar.app.security;
