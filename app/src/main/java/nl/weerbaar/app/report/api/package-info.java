/**
 * Frozen reports: the command to freeze a period report and the event that records it (its parameters and
 * the checksum of its figures), so anyone allowed can regenerate it later and see that it matches.
 */
package nl.weerbaar.app.report.api;
