package nl.weerbaar.response.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End an access ban whose last day has passed. Sent by the expiry job, not by a person; the ban
 * itself decides whether it is due, so a second or early request is refused and changes nothing.
 */
public record ExpireAccessBan(@TargetAggregateIdentifier InterventionId interventionId) {
}
