/** The frozen report aggregate: decides who may freeze a report and records it. */
package nl.weerbaar.app.report.command;
