package nl.weerbaar.incident.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * Broken rules as a page shows them: a summary above the form linking to each field, and the same
 * message at the field. Messages come from the bundle ({@code violation.<field>.<code>}).
 */
public final class FormErrors {

    /** One message, with the id of the form control the summary links to. */
    public record Error(String field, String anchor, String message) {
    }

    private final Map<String, Error> byField = new LinkedHashMap<>();

    /**
     * @param anchors the form control id for an API field name, where they differ
     *                (e.g. {@code occurredAt} is entered in {@code occurredDate})
     */
    static FormErrors of(List<RuleViolation> violations, Map<String, String> anchors, MessageSource messages,
            Locale locale) {
        FormErrors errors = new FormErrors();
        for (RuleViolation violation : violations) {
            String message = messages.getMessage("violation." + violation.field() + "." + violation.code(), null,
                    null, locale);
            if (message == null) {
                message = messages.getMessage("violation." + violation.code(), null, violation.code(), locale);
            }
            errors.byField.putIfAbsent(violation.field(),
                    new Error(violation.field(), anchors.getOrDefault(violation.field(), violation.field()), message));
        }
        return errors;
    }

    /** The same errors, with this field's message replaced by a sentence from elsewhere (a refusal). */
    FormErrors withMessage(String field, String message) {
        Error error = byField.get(field);
        if (error != null) {
            byField.put(field, new Error(field, error.anchor(), message));
        }
        return this;
    }

    /** A refusal's sentence in the page's language (the API's Dutch one where the bundle has none). */
    static String refusal(ConflictException conflict, MessageSource messages, Locale locale) {
        return messages.getMessage(conflict, locale);
    }

    static FormErrors none() {
        return new FormErrors();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public List<Error> all() {
        return new ArrayList<>(byField.values());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        Error error = byField.get(field);
        return error == null ? null : error.message();
    }
}
