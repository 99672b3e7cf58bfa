package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;

/**
 * A stop conversation: who holds it, when, and where if intimidation is expected.
 *
 * @param actorDescription who assists the official, or which other actor holds it (required then)
 * @param setting          optional: only when intimidation is expected
 */
public record StopConversationPlan(ConversationConductor conductedBy, String actorDescription, LocalDate plannedOn,
        ConversationSetting setting) {

    public void check(List<RuleViolation> violations) {
        if (conductedBy == null) {
            violations.add(new RuleViolation("conductedBy", RuleViolation.REQUIRED));
        }
        if (conductedBy == ConversationConductor.OTHER_ACTOR) {
            Texts.require(violations, "actorDescription", actorDescription, ResponseTexts.MAX_SHORT);
        } else {
            Texts.limit(violations, "actorDescription", actorDescription, ResponseTexts.MAX_SHORT);
        }
        if (plannedOn == null) {
            violations.add(new RuleViolation("plannedOn", RuleViolation.REQUIRED));
        }
        if (setting != null) {
            Texts.limit(violations, "setting.location", setting.location(), ResponseTexts.MAX_SHORT);
            Texts.limit(violations, "setting.room", setting.room(), ResponseTexts.MAX_SHORT);
        }
    }

    public StopConversationPlan normalized() {
        return new StopConversationPlan(conductedBy, Texts.normalize(actorDescription), plannedOn,
                setting == null ? null : new ConversationSetting(Texts.normalize(setting.location()),
                        Texts.normalize(setting.room()), setting.twoPersonsPresent()));
    }
}
