/**
 * The HTTP face of aftercare (to come): the aftercare, case-update and damage-claim API and pages.
 */
package nl.weerbaar.aftercare.web;
