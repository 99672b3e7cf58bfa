package nl.weerbaar.app.report.web;

import java.util.List;
import java.util.Locale;
import nl.weerbaar.app.report.ReportRequest;
import nl.weerbaar.incident.api.RuleViolation;
import org.springframework.context.MessageSource;

/**
 * What is wrong with a report form, for the error summary ({@code fragments/forms}) and the fields: the
 * most specific Dutch message there is ({@code violation.report.<field>.<code>}, else {@code violation.<code>}).
 */
public record ReportFormErrors(List<Error> all) {

    public record Error(String field, String anchor, String message) {
    }

    static ReportFormErrors none() {
        return new ReportFormErrors(List.of());
    }

    static ReportFormErrors of(List<RuleViolation> violations, MessageSource messages, Locale locale) {
        return new ReportFormErrors(violations.stream().map(violation -> {
            String specific = messages.getMessage("violation." + ReportRequest.CONTEXT + "." + violation.field() + "."
                    + violation.code(), null, null, locale);
            String message = specific != null ? specific
                    : messages.getMessage("violation." + violation.code(), null, violation.code(), locale);
            return new Error(violation.field(), "veld-" + violation.field(), message);
        }).toList());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(error -> error.field().equals(field));
    }

    public String message(String field) {
        return all.stream().filter(error -> error.field().equals(field)).map(Error::message).findFirst().orElse(null);
    }
}
