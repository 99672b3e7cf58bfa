/**
 * The decision side of responses (to come): the intervention and protective-measure aggregates
 * that enforce the rules (the official is consulted, VPT on police reports and complaints, a ban
 * cannot end before it starts) and the persistent deadline that ends an access ban. Package-private.
 */
package nl.weerbaar.response.command;
