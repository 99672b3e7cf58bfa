package nl.weerbaar.aftercare.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * Broken rules as the aftercare page shows them (the shape the shared error fragments read): a summary
 * linking to each control, and the message at the field. One page holds many small forms, so each
 * error's key is also the id of its control: {@code <form>-<field>}. Messages are looked up as the API
 * does: {@code violation.<context>.<field>.<code>}, then {@code violation.<field>.<code>}, then
 * {@code violation.<code>}.
 */
public final class PageErrors {

    public record Error(String field, String anchor, String message) {
    }

    private final Map<String, Error> byField = new LinkedHashMap<>();

    /**
     * @param form    the id prefix of the form that was posted
     * @param context the command's message context
     */
    static PageErrors of(String form, String context, List<RuleViolation> violations, MessageSource messages,
            Locale locale) {
        PageErrors errors = new PageErrors();
        for (RuleViolation violation : violations) {
            String field = control(violation.field());
            String code = violation.code();
            String message = messages.getMessage("violation." + context + "." + violation.field() + "." + code, null,
                    null, locale);
            if (message == null) {
                message = messages.getMessage("violation." + violation.field() + "." + code, null, null, locale);
            }
            if (message == null) {
                message = messages.getMessage("violation." + code, null, code, locale);
            }
            String key = form + "-" + field;
            errors.byField.putIfAbsent(key, new Error(key, key, message));
        }
        return errors;
    }

    /** A refusal that belongs to no field (a conflict), linked to the form's first control. */
    static PageErrors refusal(String key, String message) {
        PageErrors errors = new PageErrors();
        errors.byField.put(key, new Error(key, key, message));
        return errors;
    }

    /** What a conflict says on a page: this module's in the reader's language, another's as it came. */
    static String conflict(ConflictException conflict, MessageSource messages, Locale locale) {
        return messages.getMessage(conflict, locale);
    }

    static PageErrors none() {
        return new PageErrors();
    }

    /** The moment the official was informed is entered as a day and a time: the day's control carries errors. */
    private static String control(String field) {
        return field.equals("informedAt") ? "informedDate" : field;
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
