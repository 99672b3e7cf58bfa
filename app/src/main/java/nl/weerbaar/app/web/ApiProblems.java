package nl.weerbaar.app.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns refusals into {@code application/problem+json}: 400 naming each offending field, 403, 404
 * and 409. Nothing was stored in any of these cases.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException rejected, Locale locale) {
        return invalidInput(rejected.context(), rejected.violations(), locale);
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException refused) {
        return problem(HttpStatus.FORBIDDEN, "Niet toegestaan", refused.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException conflict) {
        return problem(HttpStatus.CONFLICT, "Conflict", conflict.getMessage());
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail lostRace(RuntimeException race) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "Iemand anders wijzigde dit tegelijk. Laad de gegevens opnieuw en probeer het nog eens.");
    }

    /** A malformed id in the path is an unknown resource; a malformed query parameter is bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        if (mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(HttpStatus.NOT_FOUND, "Niet gevonden", "Niet gevonden.");
        }
        return invalidInput(null, List.of(new RuleViolation(mismatch.getName(), RuleViolation.INVALID)), locale);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = unreadable.getCause() instanceof DatabindException databind ? fieldOf(databind) : "";
        RuleViolation violation = field.isEmpty()
                ? new RuleViolation("body", RuleViolation.INVALID) : new RuleViolation(field, RuleViolation.INVALID);
        return ResponseEntity.badRequest().body(invalidInput(null, List.of(violation), request.getLocale()));
    }

    private ProblemDetail invalidInput(String context, List<RuleViolation> violations, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De invoer voldoet niet aan de regels; er is niets opgeslagen.");
        problem.setProperty("errors", violations.stream().map(violation -> Map.of(
                "field", violation.field(),
                "code", violation.code(),
                "message", message(context, violation, locale))).toList());
        return problem;
    }

    /** The most specific message there is: for this context's field, for the field, for the code. */
    private String message(String context, RuleViolation violation, Locale locale) {
        String key = violation.field() + "." + violation.code();
        String inContext = context == null ? null : messages.getMessage("violation." + context + "." + key, null, null,
                locale);
        if (inContext != null) {
            return inContext;
        }
        String specific = messages.getMessage("violation." + key, null, null, locale);
        return specific != null ? specific
                : messages.getMessage("violation." + violation.code(), null, violation.code(), locale);
    }

    /** {@code perpetrator.name} or {@code behaviours} (an index is dropped: the field is the list). */
    private static String fieldOf(DatabindException databind) {
        StringBuilder path = new StringBuilder();
        databind.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        });
        return path.toString();
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
