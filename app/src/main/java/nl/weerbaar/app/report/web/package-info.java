/**
 * The reports on the web: the API ({@code /api/reports/...}: JSON, CSV, PDF, frozen reports and their
 * verification) and the pages ({@code /reports}, with server-rendered SVG charts, each beside its data table).
 */
package nl.weerbaar.app.report.web;
