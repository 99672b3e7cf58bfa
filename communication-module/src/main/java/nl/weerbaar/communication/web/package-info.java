/**
 * The HTTP face of communication (to come): the decision and correction API and pages, and the
 * briefing as a page and PDF.
 */
package nl.weerbaar.communication.web;
