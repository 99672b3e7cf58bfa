/** The frozen reports as a projection ({@code frozen-reports}, table {@code frozen_report}) and its read model. */
package nl.weerbaar.app.report.query;
