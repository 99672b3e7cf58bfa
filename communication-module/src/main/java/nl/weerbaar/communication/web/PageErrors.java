package nl.weerbaar.communication.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * Broken rules as the communication pages show them (the shape the shared error fragments read): a
 * summary linking to each control, and the message at the field. The page's own wording
 * ({@code communication.violation.<field>.<code>}) wins over the API's.
 */
public final class PageErrors {

    public record Error(String field, String anchor, String message) {
    }

    private final Map<String, Error> byField = new LinkedHashMap<>();

    /**
     * @param key    the key a template asks for a field (prefixed when one page holds several forms)
     * @param anchor the id of the form control for a field
     */
    static PageErrors of(List<RuleViolation> violations, UnaryOperator<String> key, UnaryOperator<String> anchor,
            MessageSource messages, Locale locale) {
        PageErrors errors = new PageErrors();
        for (RuleViolation violation : violations) {
            String field = violation.field();
            String code = violation.code();
            String message = messages.getMessage("communication.violation." + field + "." + code, null, null, locale);
            if (message == null) {
                message = messages.getMessage("violation." + field + "." + code, null, null, locale);
            }
            if (message == null) {
                message = messages.getMessage("violation." + code, null, code, locale);
            }
            errors.byField.putIfAbsent(key.apply(field), new Error(key.apply(field), anchor.apply(field), message));
        }
        return errors;
    }

    /** A refusal that belongs to no field (a conflict), linked to the given control. */
    static PageErrors refusal(String key, String anchor, String message) {
        PageErrors errors = new PageErrors();
        errors.byField.put(key, new Error(key, anchor, message));
        return errors;
    }

    /** What a conflict says on a page: this module's in the reader's language, another's as it came. */
    static String conflict(ConflictException conflict, MessageSource messages, Locale locale) {
        return messages.getMessage(conflict, locale);
    }

    static PageErrors none() {
        return new PageErrors();
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
