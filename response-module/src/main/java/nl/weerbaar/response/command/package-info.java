/**
 * The decision side of responses: the {@code Intervention} aggregate (the official is consulted, VPT
 * on police reports and complaints, the letter's three elements, a ban cannot end before it starts,
 * chosen to carried out or cancelled, lifting a ban in force), the {@code NoResponseDecision}, and the
 * protective measures {@code SafetyScan}, {@code ThreatMeasure} and {@code MeetingRiskAnalysis}.
 * Package-private.
 */
package nl.weerbaar.response.command;
