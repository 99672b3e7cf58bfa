package nl.weerbaar.response.web;

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
 * Broken rules as the response pages show them (the same shape the shared error fragments read): a
 * summary linking to each control, and the message at the field. A page wording
 * ({@code response.violation.<field>.<code>}) wins over the API's, since words like "outcome" mean
 * something else on the incident's own forms.
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
        return of("response", violations, key, anchor, messages, locale);
    }

    /**
     * @param page the prefix of a page's own wording ({@code <page>.violation.<field>.<code>}), tried
     *             before the response pages' and the API's: the same field may mean something else there
     */
    static PageErrors of(String page, List<RuleViolation> violations, UnaryOperator<String> key,
            UnaryOperator<String> anchor, MessageSource messages, Locale locale) {
        PageErrors errors = new PageErrors();
        for (RuleViolation violation : violations) {
            String field = violation.field();
            String code = violation.code();
            String message = messages.getMessage(page + ".violation." + field + "." + code, null, null, locale);
            if (message == null) {
                message = messages.getMessage("response.violation." + field + "." + code, null, null, locale);
            }
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

    /**
     * A refusal that belongs to no field (a conflict), linked to the given control: in the page's language
     * where the refusal names its bundle key, otherwise as the refusing module worded it.
     */
    static PageErrors refusal(String key, String anchor, ConflictException conflict, MessageSource messages,
            Locale locale) {
        String message = messages.getMessage(conflict, locale);
        PageErrors errors = new PageErrors();
        errors.byField.put(key, new Error(key, anchor, message));
        return errors;
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
