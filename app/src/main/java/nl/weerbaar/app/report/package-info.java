/**
 * Periodic evaluation reports (issue 8): {@link nl.weerbaar.app.report.PeriodReports} computes a period
 * report by replaying the event store as of a moment ({@code calculation}); {@code web} shows it as a page
 * with charts, CSV and PDF; frozen reports are an aggregate ({@code api}, {@code command}) with a projection
 * ({@code query}) so they can be regenerated and verified later.
 */
package nl.weerbaar.app.report;
