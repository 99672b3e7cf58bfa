package nl.weerbaar.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * A filter's broken rules as the pages show them (the shape the shared error fragments read): a summary
 * linking to each control, and the message at the field. Messages are {@code violation.<page>.<field>.<code>}.
 */
public final class FilterErrors {

    public record Error(String field, String anchor, String message) {
    }

    private final Map<String, Error> byField = new LinkedHashMap<>();

    public static FilterErrors of(String page, List<RuleViolation> violations, MessageSource messages, Locale locale) {
        FilterErrors errors = new FilterErrors();
        for (RuleViolation violation : violations) {
            String message = messages.getMessage("violation." + page + "." + violation.field() + "." + violation.code(),
                    null, null, locale);
            if (message == null) {
                message = messages.getMessage("violation." + violation.code(), null, violation.code(), locale);
            }
            errors.byField.putIfAbsent(violation.field(), new Error(violation.field(), violation.field(), message));
        }
        return errors;
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
