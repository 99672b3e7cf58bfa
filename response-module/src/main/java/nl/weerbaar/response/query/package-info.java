/**
 * The read side of responses (to come): projections of interventions, active access bans and
 * protective measures, rebuilt by replay, queried with need-to-know applied.
 */
package nl.weerbaar.response.query;
