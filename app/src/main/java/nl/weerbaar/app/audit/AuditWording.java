package nl.weerbaar.app.audit;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The trail in words, from the message bundles: each event's action is {@code audit.event.<EventName>}
 * (every module adds its own; {@code AuditDescriptionsTest} fails for an event without one), and the
 * value of an enum is labelled as its module's pages label it.
 */
@Component
class AuditWording {

    static final String EVENT_KEY = "audit.event.";
    private static final String TYPE = "type";

    private final MessageSource messages;

    AuditWording(MessageSource messages) {
        this.messages = messages;
    }

    /** The action in plain Dutch; with the kind of decision when the event has a {@code type} (an intervention's). */
    String action(AuditEntry entry, Locale locale) {
        String action = messages.getMessage(EVENT_KEY + entry.eventType(), null, entry.eventType(), locale);
        return entry.categories().stream().filter(category -> TYPE.equals(category.field())).findFirst()
                .map(category -> action + ": " + lowerFirst(label(category, locale))).orElse(action);
    }

    String description(String eventType, Locale locale) {
        return messages.getMessage(EVENT_KEY + eventType, null, eventType, locale);
    }

    /**
     * An enum value as the modules label it: {@code <enumName>.<VALUE>} (e.g. {@code interventionType.ACCESS_BAN}),
     * else {@code <field>.<VALUE>} (e.g. {@code outcome.RESOLVED}), else {@code audit.value.<VALUE>}, else the value.
     */
    String label(EventFacts.Category category, Locale locale) {
        String byType = messages.getMessage(lowerFirst(category.type()) + "." + category.value(), null, null, locale);
        if (byType != null) {
            return byType;
        }
        String byField = messages.getMessage(category.field() + "." + category.value(), null, null, locale);
        if (byField != null) {
            return byField;
        }
        return messages.getMessage("audit.value." + category.value(), null, category.value(), locale);
    }

    /** A role, or the application itself ({@code SYSTEM}). */
    String role(String role, Locale locale) {
        return role == null ? null : messages.getMessage("actorRole." + role, null, role, locale);
    }

    String officialKind(String kind, Locale locale) {
        return kind == null ? null : messages.getMessage("officialKind." + kind, null, kind, locale);
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
