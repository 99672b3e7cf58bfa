package nl.weerbaar.incident.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of an event as deliberately not personal data, so it stays readable after an
 * erasure (e.g. the reason given for the erasure itself). Every text field of an event carries
 * either this or {@link PersonalData}: a test fails otherwise, so no new event forgets the choice.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface NotPersonalData {

    /** Why this text is not personal data, or what keeps it free of it. */
    String value();
}
